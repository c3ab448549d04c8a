/**
 * One launch of a package inside an LMS: what the launcher writes through the SCORM 1.2 API, as a small state
 * machine with no DOM, so every rule is unit-tested against scorm-again (and end-to-end in Moodle).
 *
 * - start: LMSInitialize; read `cmi.suspend_data` and `cmi.student_data.mastery_score`; on a first launch set
 *   `cmi.core.lesson_status` to `incomplete` (or `completed` at once for a package that is complete when viewed:
 *   a lesson whose widgets raise no result).
 * - record, graded package (an assignment, lib/assignment): each result is one part of the attempt in progress
 *   (lib/assignment/attempt.ts decides what counts); its interactions are appended to `cmi.interactions`; when
 *   the attempt is submitted, `cmi.core.score.min/max/raw` get the best submitted attempt as a percentage (0-100,
 *   as SCORM 1.2 LMSs read `raw` against the mastery score) and `lesson_status` passed/failed. Until the first
 *   attempt is submitted the status stays `incomplete`.
 * - record, ungraded package: the first result completes it (`completed`, no score).
 * - every record: `session_time`, `suspend_data`, then LMSCommit.
 * - finish: `session_time`, `cmi.core.exit` (`suspend` while not done, so the LMS keeps the data), LMSFinish. Once.
 */
import type { Scorm12Api } from './api';
import { decodeSuspendData, encodeSuspendData, type LauncherState } from './suspend-data';
import { scormTimespan } from './time';
import { interactionValues } from './interactions';
import { partOf, recordPart, type AttemptScore } from '../../assignment/attempt';
import { readMasteryScore, resolvePassMark } from '../../assignment/settings';
import type { Interaction } from '../interactions';
import type { PackageGrading } from '../format';

export type { PackageGrading };

export type SessionResult = { widget: string; item?: string; attemptId: string; score: number; max: number; passed: boolean; interactions?: Interaction[] };

export type StartOutcome =
  { kind: 'started'; firstLaunch: boolean; state: LauncherState; damagedSuspendData: boolean; passMark: number | null } | { kind: 'failed'; error: string };

export type RecordOutcome =
  | { kind: 'recorded'; state: LauncherState; committed: boolean; submitted: AttemptScore | null; remaining: number }
  | { kind: 'ignored'; reason: 'not-started' | 'duplicate' | 'not-counted' | 'already-answered' | 'no-attempts-left' };

const DONE = ['passed', 'completed', 'failed'];

export function percent(score: number, max: number): string {
  if (max <= 0) return '0';
  return String(Math.round((score / max) * 10_000) / 100);
}

export function createScormSession(api: Scorm12Api, grading: PackageGrading, now: () => number = Date.now) {
  let phase: 'idle' | 'running' | 'finished' = 'idle';
  let startedAt = 0;
  let state: LauncherState = decodeSuspendData('').state;
  let status = '';
  let passMark = 0;
  const assignment = grading.assignment;

  const set = (element: string, value: string) => api.LMSSetValue(element, value) === 'true';
  const commit = () => api.LMSCommit('') === 'true';

  function start(): StartOutcome {
    if (phase !== 'idle') return { kind: 'failed', error: 'already started' };
    if (api.LMSInitialize('') !== 'true') return { kind: 'failed', error: `LMSInitialize failed (error ${api.LMSGetLastError()})` };
    phase = 'running';
    startedAt = now();
    const decoded = decodeSuspendData(api.LMSGetValue('cmi.suspend_data'));
    state = decoded.state;
    if (assignment) passMark = resolvePassMark(assignment.settings, readMasteryScore(api.LMSGetValue('cmi.student_data.mastery_score')));
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
    return { kind: 'started', firstLaunch, state, damagedSuspendData: decoded.damaged, passMark: assignment ? passMark : null };
  }

  function appendInteractions(interactions: readonly Interaction[]): boolean {
    let ok = true;
    let index = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
    for (const interaction of interactions) {
      for (const [element, value] of interactionValues(index, interaction)) ok = set(element, value) && ok;
      index += 1;
    }
    return ok;
  }

  function save(ok: boolean): boolean {
    ok = set('cmi.core.lesson_status', status) && ok;
    ok = set('cmi.core.session_time', scormTimespan(now() - startedAt)) && ok;
    ok = set('cmi.suspend_data', encodeSuspendData(state)) && ok;
    return commit() && ok;
  }

  function record(result: SessionResult): RecordOutcome {
    if (phase !== 'running') return { kind: 'ignored', reason: 'not-started' };
    if (state.counted.includes(result.attemptId)) return { kind: 'ignored', reason: 'duplicate' };
    if (!assignment) {
      // Ungraded: any result completes the package, and there is no score to report.
      state = { tally: { ...state.tally, submitted: state.tally.submitted + 1 }, counted: [...state.counted, result.attemptId] };
      status = 'completed';
      return { kind: 'recorded', state, committed: save(true), submitted: null, remaining: 0 };
    }
    const part = partOf(result);
    if (part === null || !grading.gradedWidgets.includes(result.widget)) return { kind: 'ignored', reason: 'not-counted' };
    const outcome = recordPart(
      state.tally,
      part,
      { score: result.score, max: result.max },
      { required: assignment.required, attempts: assignment.settings.attempts, passMark },
    );
    if (outcome.kind === 'ignored') return { kind: 'ignored', reason: outcome.reason === 'not-assigned' ? 'not-counted' : outcome.reason };
    state = { tally: outcome.tally, counted: [...state.counted, result.attemptId] };
    let ok = appendInteractions(result.interactions ?? []);
    if (outcome.kind === 'submitted') {
      const best = outcome.tally.best!;
      ok = set('cmi.core.score.min', '0') && ok;
      ok = set('cmi.core.score.max', '100') && ok;
      ok = set('cmi.core.score.raw', String(best.percent)) && ok;
      status = best.passed ? 'passed' : 'failed';
    }
    const remaining = outcome.kind === 'counted' ? outcome.remaining.length : 0;
    return { kind: 'recorded', state, committed: save(ok), submitted: outcome.kind === 'submitted' ? outcome.attempt : null, remaining };
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

  return {
    start,
    record,
    finish,
    get phase() {
      return phase;
    },
    get passMark() {
      return assignment ? passMark : null;
    },
  };
}

export type ScormSession = ReturnType<typeof createScormSession>;
