/** What the embed runtime loads when the first result comes: the xAPI statement builder and attempt ids. */
export { buildStatement } from '@/lib/embed/xapi';
export { randomUuid } from '@/lib/embed/ids';
