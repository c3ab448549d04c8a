/**
 * What the launcher keeps in `cmi.suspend_data` so a learner who comes back finds their progress: the number of
 * counted attempts, the best one, and the ids of the attempts already counted (so a replayed `result` message is not
 * counted twice). SCORM 1.2 allows at most 4,096 characters; the oldest ids are dropped first to stay under it.
 */
import { isNonNegativeInt, isRecord, isString } from '../guards';

export const SUSPEND_DATA_LIMIT = 4096;

export type BestAttempt = { score: number; max: number; passed: boolean };

export type LauncherState = {
  attempts: number;
  best: BestAttempt | null;
  /** Attempt ids already counted, oldest first. */
  counted: string[];
};

export const EMPTY_STATE: LauncherState = { attempts: 0, best: null, counted: [] };

/** Compact JSON (`{"v":1,"n":2,"b":[8,8,1],"c":["id",...]}`), never longer than the limit. */
export function encodeSuspendData(state: LauncherState, limit = SUSPEND_DATA_LIMIT): string {
  const best = state.best ? [state.best.score, state.best.max, state.best.passed ? 1 : 0] : null;
  const counted = state.counted.slice();
  for (;;) {
    const text = JSON.stringify({ v: 1, n: state.attempts, b: best, c: counted });
    if (text.length <= limit) return text;
    if (counted.length === 0) return JSON.stringify({ v: 1, n: 0, b: null, c: [] });
    // Drop an eighth of the ids at a time rather than one: a long list shrinks in a few steps.
    counted.splice(0, Math.max(1, Math.ceil(counted.length / 8)));
  }
}

export type DecodedState = { state: LauncherState; damaged: boolean };

/** Empty is a first launch; anything that is not what encodeSuspendData wrote counts as damaged and starts afresh. */
export function decodeSuspendData(text: string): DecodedState {
  if (text === '') return { state: EMPTY_STATE, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: EMPTY_STATE, damaged: true };
  }
  if (!isRecord(data) || data.v !== 1 || !isNonNegativeInt(data.n) || !Array.isArray(data.c) || !data.c.every(isString)) {
    return { state: EMPTY_STATE, damaged: true };
  }
  let best: BestAttempt | null = null;
  if (data.b !== null) {
    const b = data.b;
    if (!Array.isArray(b) || b.length !== 3 || !isNonNegativeInt(b[0]) || !isNonNegativeInt(b[1]) || b[0] > b[1] || (b[2] !== 0 && b[2] !== 1)) {
      return { state: EMPTY_STATE, damaged: true };
    }
    best = { score: b[0], max: b[1], passed: b[2] === 1 };
  }
  return { state: { attempts: data.n, best, counted: data.c as string[] }, damaged: false };
}

const ratio = (attempt: BestAttempt) => (attempt.max > 0 ? attempt.score / attempt.max : 0);

/** The better of two attempts: a pass beats a fail, then the higher share of the points; a tie keeps the earlier. */
export function betterAttempt(current: BestAttempt | null, next: BestAttempt): BestAttempt {
  if (!current) return next;
  if (next.passed !== current.passed) return next.passed ? next : current;
  return ratio(next) > ratio(current) ? next : current;
}
