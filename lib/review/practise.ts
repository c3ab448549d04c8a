/**
 * "Practise these": a link to /quiz that starts a practice session of exactly the given questions (the weakest
 * list on /progress, a check-up's wrong answers). The ids travel in the URL, so the link works from any page and
 * can be bookmarked; /quiz checks them against the question bank and says what it left out. Practice: the answers
 * leave the review schedule as it is.
 */
import { MAX_PRACTISE, PRACTISE_PARAM } from './practise-link';

export { MAX_PRACTISE, PRACTISE_PARAM, practiseHref } from './practise-link';

const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type PractiseRequest = { ids: string[]; unknown: number; cut: number };

/**
 * Read the ids from a /quiz URL's query: known questions only, each once, in the order given. `unknown` counts ids
 * that are not questions of the course (a stale or hand-edited link); `cut` those past MAX_PRACTISE.
 * Undefined when the URL asks for no practice.
 */
export function readPractise(search: string, known: ReadonlySet<string>): PractiseRequest | undefined {
  const value = new URLSearchParams(search).get(PRACTISE_PARAM);
  if (value === null) return undefined;
  const asked = [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const valid = asked.filter((id) => QUESTION_ID.test(id) && known.has(id));
  return { ids: valid.slice(0, MAX_PRACTISE), unknown: asked.length - valid.length, cut: Math.max(0, valid.length - MAX_PRACTISE) };
}
