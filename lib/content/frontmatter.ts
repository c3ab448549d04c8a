/** The lesson frontmatter schema, and the one-line error messages authors see when it fails. */
import { z } from 'zod';

const isoDate = z
  .union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      ctx.addIssue({ code: 'custom', message: `expected a date written as YYYY-MM-DD, got "${text}"` });
      return z.NEVER;
    }
    return text;
  });

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, got an empty string` });

export const sourceSchema = z.object(
  {
    title: nonEmpty('a source title'),
    url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  },
  { error: 'expected a source as { title, url }' },
);

export const frontmatterSchema = z
  .object(
    {
      title: nonEmpty('a title').max(80, { error: 'expected a title of at most 80 characters' }),
      summary: nonEmpty('a one-line summary').max(200, { error: 'expected a summary of at most 200 characters' }),
      order: z
        .number({ error: 'expected a whole number (the lesson position, 1 = first)' })
        .int({ error: 'expected a whole number (the lesson position, 1 = first)' })
        .min(1, { error: 'expected a whole number of at least 1' }),
      minutes: z
        .number({ error: 'expected the reading time in whole minutes' })
        .int({ error: 'expected the reading time in whole minutes' })
        .min(1, { error: 'expected at least 1 minute' })
        .max(60, { error: 'expected at most 60 minutes' }),
      objectives: z
        .array(nonEmpty('an objective'), { error: 'expected a list of learning objectives' })
        .min(1, { error: 'expected at least one learning objective' }),
      updated: isoDate,
      sources: z
        .array(sourceSchema, { error: 'expected a list of sources, each { title, url }' })
        .min(1, { error: 'expected at least one source' }),
    },
    { error: 'expected a frontmatter block between --- lines at the top of the file' },
  )
  .strict();

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type Source = z.output<typeof sourceSchema>;

export type ParseResult<T> = { status: 'ok'; value: T } | { status: 'invalid'; errors: string[] };

/** The value at `path` in `input`, shortened for an error message ("nothing" when absent). */
export function describeValue(input: unknown, path: PropertyKey[]): string {
  let value: unknown = input;
  for (const key of path) {
    if (value && typeof value === 'object') value = (value as Record<PropertyKey, unknown>)[key];
    else return 'nothing';
  }
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

/** Turn a zod error into one readable line per problem: `file: field "x": expected ..., got ...`. */
export function formatIssues(file: string, error: z.ZodError, input: unknown, what = 'frontmatter field'): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    if (issue.code === 'unrecognized_keys') {
      return `${file}: ${what} ${issue.keys.map((k) => `"${k}"`).join(', ')}: not expected here (check the spelling)`;
    }
    const got = describeValue(input, issue.path);
    const message = issue.message.includes(', got ') ? issue.message : `${issue.message}, got ${got}`;
    return `${file}: ${what} "${field}": ${message}`;
  });
}

export function parseFrontmatter(file: string, data: unknown): ParseResult<Frontmatter> {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return { status: 'ok', value: result.data };
  return { status: 'invalid', errors: formatIssues(file, result.error, data) };
}
