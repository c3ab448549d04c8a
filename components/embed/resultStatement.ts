/** What the embed runtime loads when the first result comes: the xAPI statement builders and attempt ids. */
export { buildStatement } from '@/lib/embed/xapi';
export { activityIri, buildAnsweredStatements } from '@/lib/embed/xapi-answered';
export { randomUuid } from '@/lib/embed/ids';
