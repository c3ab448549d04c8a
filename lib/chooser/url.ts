/**
 * Answers <-> URL query string, so a result can be shared, bookmarked and embedded. Hand-written (no zod)
 * because it runs in the browser on untrusted input: it never throws, keeps what it recognises and reports
 * what it ignored. The format is what a plain GET form produces: `workload=web&access=privileged&access=host-agent`,
 * with `team=none` meaning "answered, nothing ticked".
 */
import type { QuestionShape } from './answers';
import type { Answers } from './types';

/** The value that marks a checkbox question as answered with nothing ticked. */
export const NONE = 'none';

/** Longest value echoed back in the "ignored" report; anything longer is cut (it is only shown to explain). */
const MAX_SHOWN = 40;

export type IgnoredParam = { key: string; value: string };

export type DecodedAnswers = {
  answers: Answers;
  /** Values given for known questions that are not one of their options. */
  invalid: IgnoredParam[];
  /** Keys that are not questions (tracking parameters, typos): ignored and left alone. */
  unknownKeys: string[];
};

function toParams(query: string | URLSearchParams): URLSearchParams {
  if (typeof query !== 'string') return query;
  try {
    return new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return new URLSearchParams();
  }
}

const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/** Read answers from a query string. Never throws; unknown keys and values are ignored and reported. */
export function decodeAnswers(query: string | URLSearchParams, questions: readonly QuestionShape[]): DecodedAnswers {
  const params = toParams(query);
  const answers: Answers = {};
  const invalid: IgnoredParam[] = [];
  const unknownKeys: string[] = [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const values = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (!byId.has(key)) {
      if (!unknownKeys.includes(shown(key))) unknownKeys.push(shown(key));
      continue;
    }
    // Commas are accepted too, for hand-written links (`access=privileged,host-agent`).
    const parts = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    values.set(key, [...(values.get(key) ?? []), ...(parts.length ? parts : [value])]);
  }
  for (const question of questions) {
    const given = values.get(question.id);
    if (!given) continue;
    const known = question.options.map((option) => option.id);
    if (question.kind === 'single') {
      const valid = given.find((value) => known.includes(value));
      if (valid) answers[question.id] = valid;
      for (const value of given) if (value !== valid) invalid.push({ key: question.id, value: shown(value) });
    } else {
      const ticked = known.filter((id) => given.includes(id));
      if (ticked.length || given.includes(NONE)) answers[question.id] = ticked;
      for (const value of given) if (!known.includes(value) && value !== NONE) invalid.push({ key: question.id, value: shown(value) });
    }
  }
  return { answers, invalid, unknownKeys };
}

/** The query string for a set of answers, in question order (no leading "?"); empty when nothing is answered. */
export function encodeAnswers(answers: Answers, questions: readonly QuestionShape[]): string {
  const parts: string[] = [];
  for (const question of questions) {
    const value = answers[question.id];
    const known = question.options.map((option) => option.id);
    if (question.kind === 'single') {
      if (typeof value === 'string' && known.includes(value)) parts.push(`${question.id}=${value}`);
    } else if (Array.isArray(value)) {
      const ticked = known.filter((id) => value.includes(id));
      if (ticked.length === 0) parts.push(`${question.id}=${NONE}`);
      else for (const id of ticked) parts.push(`${question.id}=${id}`);
    }
  }
  return parts.join('&');
}

/**
 * The new search string for the current URL: our answers first, then any parameters that are not ours
 * (so tracking or embed parameters survive). Returns "" or a string starting with "?".
 */
export function searchWithAnswers(currentSearch: string, answers: Answers, questions: readonly QuestionShape[]): string {
  const foreign = toParams(currentSearch);
  for (const question of questions) foreign.delete(question.id);
  const ours = encodeAnswers(answers, questions);
  const rest = foreign.toString();
  const query = [ours, rest].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
