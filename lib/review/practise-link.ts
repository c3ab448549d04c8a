/**
 * The "practise these" link alone (lib/review/practise.ts reads it on /quiz): kept apart so the check-up's chunk,
 * which has a 6 KB budget, carries only this.
 */
export const PRACTISE_PARAM = 'practise';
/** More than any list that links here; a longer list in a URL is cut, and the learner is told. */
export const MAX_PRACTISE = 40;

export function practiseHref(ids: readonly string[]): string {
  return `/quiz?${PRACTISE_PARAM}=${ids.slice(0, MAX_PRACTISE).join(',')}`;
}
