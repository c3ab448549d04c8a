/**
 * The no-JavaScript result page's one decision: read the answers from the request's query, rank the targets, and
 * give the query back in canonical form (for the link into the step-by-step chooser).
 */
import { rankTargets, type Ranking } from './engine';
import type { Answers, ChooserData } from './types';
import { decodeAnswers, encodeAnswers } from './url';

/** Next.js hands a page its query as a record; repeated keys (checkboxes) arrive as arrays. */
export type QueryRecord = Record<string, string | string[] | undefined>;

export function queryFromRecord(record: QueryRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export type ChooserResult = { answers: Answers; ranking: Ranking; query: string; answeredAny: boolean };

/** Unknown keys and values are dropped, as in the wizard. */
export function chooserResult(record: QueryRecord, data: ChooserData): ChooserResult {
  const { answers } = decodeAnswers(queryFromRecord(record), data.questions);
  const ranking = rankTargets(answers, data);
  return { answers, ranking, query: encodeAnswers(answers, data.questions), answeredAny: ranking.answered.length > 0 };
}
