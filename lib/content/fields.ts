/**
 * Field schemas every content collection shares, so an expectation reads the same in every error message:
 * text (trimmed, not empty, no placeholder text, no hedges), kebab-case ids and https URLs; and the one way a
 * collection finds an id it uses twice.
 */
import 'server-only';
import { z } from 'zod';
import { HEDGE, PLACEHOLDER } from './check';

type TextLimits = { min?: number; max?: number };

/** Author-written text: `what` completes "expected ..." in the message. */
export function text(what: string, { min = 1, max }: TextLimits = {}) {
  const base = z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(min, { error: min > 1 ? `expected ${what} of at least ${min} characters` : `expected ${what}, got an empty string` });
  return (max === undefined ? base : base.max(max, { error: `expected ${what} of at most ${max} characters` }))
    .refine((value) => !PLACEHOLDER.test(value), { error: `expected ${what} without placeholder text` })
    .refine((value) => !HEDGE.test(value), {
      error: `expected ${what} without hedges such as "not confirmed": state the fact with its source, or leave it out`,
    });
}

export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lower-case kebab-case id (stored in URLs, browsers and export files). */
export const kebabId = (what: string, example?: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .regex(KEBAB_CASE, { error: `expected ${what} in kebab-case${example ? `, such as "${example}"` : ' (a-z, 0-9, -)'}` });

export const httpsUrl = (what = 'an https:// URL') => z.url({ protocol: /^https$/, error: `expected ${what}` });

/** An AWS page cited by content: `{ title, url }`. */
export const sourceSchema = z.strictObject(
  {
    title: text('a source title'),
    url: httpsUrl(),
  },
  { error: 'expected a source as { title, url }' },
);
export type Source = z.output<typeof sourceSchema>;

/** An id used again: where it stands again (`index`) and where it first stood (`first`), both list positions. */
export type RepeatedId = { id: string; index: number; first: number };

/**
 * Every id that a list uses again, in list order (an id used three times is listed twice), for the "expected unique
 * ids" rules of the collections. Each collection words the message in its own path style and names both places.
 */
export function repeatedIds(ids: readonly string[]): RepeatedId[] {
  const firstAt = new Map<string, number>();
  const repeats: RepeatedId[] = [];
  ids.forEach((id, index) => {
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else repeats.push({ id, index, first });
  });
  return repeats;
}

/** `repeatedIds` as zod issues at `[field, index, 'id']`, for a refinement of one record. */
export function addRepeatedIdIssues(context: z.RefinementCtx, items: readonly { id: string }[], field: string, what: string): void {
  for (const { id, index } of repeatedIds(items.map((item) => item.id))) {
    context.addIssue({ code: 'custom', path: [field, index, 'id'], message: `expected unique ${what} ids, "${id}" is used twice` });
  }
}
