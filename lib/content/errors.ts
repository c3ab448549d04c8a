/**
 * How content problems are reported, for every collection: one ContentError holding one line per problem, each
 * line `file: where: what was expected, got what was there`. "Where" is in the author's words (a path describer
 * per collection: `list "control-plane", item "cp-private-ecr", field "how.steps"`), "field "a.b"" by default.
 */
import type { z } from 'zod';

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ContentError';
  }
}

/** Names the place of `path` inside `input` for a message, without the file. */
export type PathDescriber = (input: unknown, path: readonly PropertyKey[]) => string;

/** `a.b.0.c`, the way authors read a path. */
export const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** `field "a.b"`, or `(root)` for the whole record. */
export const describeField: PathDescriber = (_input, path) => (path.length ? `field "${dotted(path)}"` : '(root)');

/** Names one element of a list by its id when it has one: `round "fargate"`, else `round 3`. */
export function nameById(list: unknown, index: PropertyKey, what: string): string {
  const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' && item.id ? `${what} "${item.id}"` : `${what} ${Number(index) + 1}`;
}

/** The value at `path` in `input`, shortened for an error message ("nothing" when absent). */
export function describeValue(input: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = input;
  for (const key of path) {
    if (value && typeof value === 'object') value = (value as Record<PropertyKey, unknown>)[key];
    else return 'nothing';
  }
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

/**
 * One readable line per zod issue. The value found is added (", got ...") unless the message already says what
 * it got; an unknown key is named with its full path so a typo is easy to find.
 */
export function formatIssues(file: string, error: z.ZodError, input: unknown, describe: PathDescriber = describeField): string[] {
  const lines = error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}: ${describe(input, [...issue.path, key])}: not expected here (check the spelling)`);
    }
    const got = /\bgot\b/.test(issue.message) ? '' : `, got ${describeValue(input, issue.path)}`;
    return [`${file}: ${describe(input, issue.path)}: ${issue.message}${got}`];
  });
  return [...new Set(lines)];
}

/** The path authors see in messages: relative to the project root. */
export function displayPath(file: string, root = process.cwd()): string {
  const relative = file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
  return relative || file;
}
