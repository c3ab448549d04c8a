/**
 * One launch of a package inside an LMS: what the launcher writes through the SCORM 1.2 API, as a small state
 * machine with no DOM, so every rule is unit-tested against a fake API (and end-to-end against scorm-again).
 *
 * - start: LMSInitialize; read `cmi.suspend_data`; on a first launch set `cmi.core.lesson_status` to `incomplete`
 *   (or `completed` at once for a package that is complete when viewed: a lesson whose widgets raise no result).
 * - record: for each counted `result` (dedupe by attempt id), keep the best attempt and write
 *   `cmi.core.score.min/max/raw` as a percentage (0-100: SCORM 1.2 LMSs read `raw` against 100, and the
 *   manifest's mastery score is a percentage too), `lesson_status` passed/failed (graded) or completed,
 *   `session_time`, `suspend_data`, then LMSCommit.
 * - finish: `session_time`, `cmi.core.exit` (`suspend` while not done, so the LMS keeps the data), LMSFinish. Once.
 */
import type { Scorm12Api } from './api';
import { betterAttempt, decodeSuspendData, encodeSuspendData, type LauncherState } from './suspend-data';
import { scormTimespan } from './time';

export type PackageGrading = {
  /** `result`: done when a result arrives; `view`: done on launch (nothing in it raises a result). */
  completion: 'result' | 'view';
  /** Result `widget` names that carry the grade; empty for an ungraded package (any result completes it). */
  gradedWidgets: readonly string[];
};

export type SessionResult = { widget: string; attemptId: string; score: number; max: number; passed: boolean };

export type StartOutcome =
  | { kind: 'started'; firstLaunch: boolean; state: LauncherState; damagedSuspendData: boolean }
  | { kind: 'failed'; error: string };

export type RecordOutcome = { kind: 'recorded'; state: LauncherState; committed: boolean } | { kind: 'ignored'; reason: 'not-started' | 'duplicate' | 'not-counted' };

const DONE = ['passed', 'completed', 'failed'];

export function percent(score: number, max: number): string {
  if (max <= 0) return '0';
  return String(Math.round((score / max) * 10_000) / 100);
}

export function createScormSession(api: Scorm12Api, grading: PackageGrading, now: () => number = Date.now) {
  let phase: 'idle' | 'running' | 'finished' = 'idle';
  let startedAt = 0;
  let state: LauncherState = { attempts: 0, best: null, counted: [] };
  let status = '';
  const graded = grading.gradedWidgets.length > 0;

  const set = (element: string, value: string) => api.LMSSetValue(element, value) === 'true';
  const commit = () => api.LMSCommit('') === 'true';

  function start(): StartOutcome {
    if (phase !== 'idle') return { kind: 'failed', error: 'already started' };
    if (api.LMSInitialize('') !== 'true') return { kind: 'failed', error: `LMSInitialize failed (error ${api.LMSGetLastError()})` };
    phase = 'running';
    startedAt = now();
    const decoded = decodeSuspendData(api.LMSGetValue('cmi.suspend_data'));
    state = decoded.state;
    status = api.LMSGetValue('cmi.core.lesson_status');
    const firstLaunch = status === '' || status === 'not attempted';
    if (grading.completion === 'view' && !DONE.includes(status)) {
      status = 'completed';
      set('cmi.core.lesson_status', status);
      commit();
    } else if (firstLaunch) {
      status = 'incomplete';
      set('cmi.core.lesson_status', status);
      commit();
    }
    return { kind: 'started', firstLaunch, state, damagedSuspendData: decoded.damaged };
  }

  function record(result: SessionResult): RecordOutcome {
    if (phase !== 'running') return { kind: 'ignored', reason: 'not-started' };
    if (graded && !grading.gradedWidgets.includes(result.widget)) return { kind: 'ignored', reason: 'not-counted' };
    if (state.counted.includes(result.attemptId)) return { kind: 'ignored', reason: 'duplicate' };
    const best = betterAttempt(state.best, { score: result.score, max: result.max, passed: result.passed });
    state = { attempts: state.attempts + 1, best, counted: [...state.counted, result.attemptId] };
    let ok = true;
    if (graded) {
      ok = set('cmi.core.score.min', '0') && ok;
      ok = set('cmi.core.score.max', '100') && ok;
      ok = set('cmi.core.score.raw', percent(best.score, best.max)) && ok;
      status = best.passed ? 'passed' : 'failed';
    } else {
      status = 'completed';
    }
    ok = set('cmi.core.lesson_status', status) && ok;
    ok = set('cmi.core.session_time', scormTimespan(now() - startedAt)) && ok;
    ok = set('cmi.suspend_data', encodeSuspendData(state)) && ok;
    return { kind: 'recorded', state, committed: commit() && ok };
  }

  /** Safe to call from several unload events: only the first call talks to the LMS. */
  function finish(): boolean {
    if (phase !== 'running') return false;
    phase = 'finished';
    set('cmi.core.session_time', scormTimespan(now() - startedAt));
    set('cmi.core.exit', DONE.includes(status) && status !== 'failed' ? '' : 'suspend');
    commit();
    return api.LMSFinish('') === 'true';
  }

  return { start, record, finish, get phase() { return phase; } };
}

export type ScormSession = ReturnType<typeof createScormSession>;
