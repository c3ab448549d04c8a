/**
 * What the launcher keeps in `cmi.suspend_data` so a learner who comes back finds their progress: the attempt tally
 * of lib/assignment/attempt.ts (attempts submitted, the best and the last, the parts of the attempt in progress)
 * and the ids of the results already counted (so a replayed `result` message is not counted twice). SCORM 1.2
 * allows at most 4,096 characters; the oldest ids are dropped first to stay under it.
 * Version 1 (the best single result, before assignments) is read as a fresh tally with its ids kept: its "best"
 * was one round, which is not a grade under the attempt rules, and the LMS keeps the score it was sent.
 */
import { isNonNegativeInt, isRecord, isString } from '../../guards';
import { EMPTY_TALLY, percentOf, type AttemptScore, type AttemptTally, type PartScore } from '../../assignment/attempt';

export const SUSPEND_DATA_LIMIT = 4096;

export type LauncherState = {
  tally: AttemptTally;
  /** Result ids already counted, oldest first. */
  counted: string[];
};

export const EMPTY_STATE: LauncherState = { tally: EMPTY_TALLY, counted: [] };

const scoreOut = (score: AttemptScore | null) => (score ? [score.score, score.max, score.passed ? 1 : 0] : null);

/** Compact JSON (`{"v":2,"n":1,"b":[7,8,1],"l":[7,8,1],"p":{"check-up":[5,6]},"c":["id",...]}`), never longer than the limit. */
export function encodeSuspendData(state: LauncherState, limit = SUSPEND_DATA_LIMIT): string {
  const { tally } = state;
  const parts = Object.fromEntries(Object.entries(tally.current).map(([key, part]) => [key, [part.score, part.max]]));
  const counted = state.counted.slice();
  for (;;) {
    const text = JSON.stringify({ v: 2, n: tally.submitted, b: scoreOut(tally.best), l: scoreOut(tally.last), p: parts, c: counted });
    if (text.length <= limit) return text;
    if (counted.length === 0) return JSON.stringify({ v: 2, n: tally.submitted, b: scoreOut(tally.best), l: scoreOut(tally.last), p: {}, c: [] });
    // Drop an eighth of the ids at a time rather than one: a long list shrinks in a few steps.
    counted.splice(0, Math.max(1, Math.ceil(counted.length / 8)));
  }
}

export type DecodedState = { state: LauncherState; damaged: boolean };

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && isNonNegativeInt(value[0]) && isNonNegativeInt(value[1]) && value[0] <= value[1];

function scoreIn(value: unknown): AttemptScore | null | undefined {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length !== 3 || !isPair(value.slice(0, 2)) || (value[2] !== 0 && value[2] !== 1)) return undefined;
  const score: PartScore = { score: value[0], max: value[1] };
  return { ...score, percent: percentOf(score), passed: value[2] === 1 };
}

const DAMAGED: DecodedState = { state: EMPTY_STATE, damaged: true };

/** Empty is a first launch; anything that is not what encodeSuspendData wrote counts as damaged and starts afresh. */
export function decodeSuspendData(text: string): DecodedState {
  if (text === '') return { state: EMPTY_STATE, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return DAMAGED;
  }
  if (!isRecord(data) || !Array.isArray(data.c) || !data.c.every(isString)) return DAMAGED;
  const counted = data.c as string[];
  if (data.v === 1 && isNonNegativeInt(data.n)) return { state: { tally: EMPTY_TALLY, counted }, damaged: false };
  if (data.v !== 2 || !isNonNegativeInt(data.n) || !isRecord(data.p)) return DAMAGED;
  const best = scoreIn(data.b);
  const last = scoreIn(data.l);
  if (best === undefined || last === undefined) return DAMAGED;
  const current: Record<string, PartScore> = {};
  for (const [key, pair] of Object.entries(data.p)) {
    if (!isPair(pair)) return DAMAGED;
    current[key] = { score: pair[0], max: pair[1] };
  }
  return { state: { tally: { submitted: data.n, best, last, current }, counted }, damaged: false };
}
