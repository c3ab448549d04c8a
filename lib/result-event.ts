/** The name of the DOM event every widget raises with a finished attempt (lib/results.ts has the record's shape). */
export const RESULT_EVENT = 'containers-on-aws:result';
