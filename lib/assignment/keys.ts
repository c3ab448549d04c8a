/**
 * The zod-free part of the assignment settings (settings.ts has the schema): the embed URL's keys and the quick
 * "is this graded?" test, for code that ships in every embed and must not carry the schema.
 */
import type { Assignment } from './settings';

/** The query keys an assignment uses in an embed URL (removed before a widget, the chooser, reads the query). */
export const ASSIGNMENT_KEYS = ['mode', 'count', 'rounds', 'attempts', 'feedback', 'pass'] as const;

/** Graded restrictions apply from the first paint, before the schema has loaded: anything but practice is graded. */
export function isGradedQuery(search: string): boolean {
  const mode = new URLSearchParams(search).get('mode');
  return mode !== null && mode !== 'practice';
}

/**
 * URL parameters for an assignment; none for practice, so existing embed URLs mean practice.
 * `mode=graded&count=check-up,quiz&rounds=ec2,fargate&attempts=2&feedback=right-wrong&pass=70`
 */
export function assignmentParams(assignment: Assignment): [string, string][] {
  if (assignment.mode === 'practice') return [];
  const params: [string, string][] = [
    ['mode', 'graded'],
    ['count', assignment.parts.join(',')],
  ];
  if (assignment.rounds.length) params.push(['rounds', assignment.rounds.join(',')]);
  params.push(['attempts', String(assignment.attempts)], ['feedback', assignment.feedback]);
  if (assignment.passMark !== undefined) params.push(['pass', String(assignment.passMark)]);
  return params;
}

export function encodeAssignment(assignment: Assignment): string {
  return new URLSearchParams(assignmentParams(assignment)).toString();
}
