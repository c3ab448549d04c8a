import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';

import type { Scorm12Api } from './api';
import { createScormSession, percent, type PackageGrading } from './session';
import { CMI_TIMESPAN } from './time';
import { defaultGraded } from '../../assignment/settings';
import type { Interaction } from '../interactions';

const QUIZ: PackageGrading = {
  completion: 'result',
  gradedWidgets: ['responsibility-quiz'],
  assignment: { settings: { ...defaultGraded(['quiz']), attempts: 'unlimited' }, required: ['round:ec2'] },
};
const LESSON: PackageGrading = {
  completion: 'result',
  gradedWidgets: ['responsibility-quiz', 'check-up'],
  assignment: { settings: { ...defaultGraded(['check-up', 'quiz']), attempts: 2 }, required: ['check-up', 'round:ec2'] },
};
const CHOOSER: PackageGrading = { completion: 'result', gradedWidgets: [] };
const DIAGRAM: PackageGrading = { completion: 'view', gradedWidgets: [] };

// The package's types declare a default export; its ES module exports the class by name.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API;

const result = (
  attemptId: string,
  score: number,
  max = 8,
  widget = 'responsibility-quiz',
  item: string | undefined = widget === 'responsibility-quiz' ? 'ec2' : undefined,
) => ({
  widget,
  item,
  attemptId,
  score,
  max,
  passed: score / max >= 0.8,
});

/** scorm-again's SCORM 1.2 run-time (the one the end-to-end test puts in a real LMS page), silent. */
function runtime(stored?: Record<string, string>) {
  const api = new Scorm12API({ logLevel: 5 });
  if (stored) api.loadFromFlattenedJSON(stored);
  let commits = 0;
  const written: Record<string, string> = {};
  api.on('LMSCommit', () => {
    commits += 1;
  });
  // session_time is write-only to the content; the LMS sees what was set.
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => {
    written[element] = value;
  });
  return { api, commits: () => commits, written, get: (element: string) => api.LMSGetValue(element) };
}

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('a launch against scorm-again', () => {
  it('marks a first launch incomplete, then records a passed round as 100 of 100', () => {
    const lms = runtime();
    const time = clock();
    const session = createScormSession(lms.api, QUIZ, time.now);
    const started = session.start();
    expect(started).toMatchObject({ kind: 'started', firstLaunch: true, damagedSuspendData: false });
    expect(lms.get('cmi.core.lesson_status')).toBe('incomplete');

    time.advance(65_430);
    const outcome = session.record(result('r1', 8));
    expect(outcome).toMatchObject({ kind: 'recorded', committed: true });
    expect(lms.get('cmi.core.score.raw')).toBe('100');
    expect(lms.get('cmi.core.score.min')).toBe('0');
    expect(lms.get('cmi.core.score.max')).toBe('100');
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.get('cmi.suspend_data')).toBe('{"v":2,"n":1,"b":[8,8,1],"l":[8,8,1],"p":{},"c":["r1"]}');
    expect(lms.commits()).toBe(2);
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
  });

  it('records a failed round as failed, keeps the best attempt, and ignores a replayed result', () => {
    const lms = runtime();
    const session = createScormSession(lms.api, QUIZ);
    session.start();
    session.record(result('r1', 5));
    expect(lms.get('cmi.core.lesson_status')).toBe('failed');
    expect(lms.get('cmi.core.score.raw')).toBe('62.5');
    session.record(result('r2', 7));
    session.record(result('r3', 6));
    expect(lms.get('cmi.core.score.raw')).toBe('87.5');
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
    expect(session.record(result('r2', 7))).toEqual({ kind: 'ignored', reason: 'duplicate' });
    expect(session.record(result('c1', 1, 1, 'launch-type-chooser'))).toEqual({ kind: 'ignored', reason: 'not-counted' });
    expect(session.record(result('r9', 8, 8, 'responsibility-quiz', 'lambda'))).toEqual({ kind: 'ignored', reason: 'not-counted' });
  });

  it('resumes from stored suspend data: no reset to incomplete, the best attempt kept', () => {
    const lms = runtime({
      'cmi.core.lesson_status': 'passed',
      'cmi.suspend_data': '{"v":2,"n":1,"b":[8,8,1],"l":[8,8,1],"p":{},"c":["r1"]}',
      'cmi.core.score.raw': '100',
    });
    const session = createScormSession(lms.api, QUIZ);
    const started = session.start();
    expect(started).toMatchObject({ kind: 'started', firstLaunch: false, state: { tally: { submitted: 1, best: { score: 8, max: 8, passed: true } } } });
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
    session.record(result('r2', 4));
    expect(lms.get('cmi.core.score.raw')).toBe('100');
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('grades a lesson on one attempt over the check-up and the round: incomplete until both are in', () => {
    const lms = runtime();
    const session = createScormSession(lms.api, LESSON);
    session.start();
    expect(session.record(result('c1', 6, 6, 'check-up'))).toMatchObject({ kind: 'recorded', submitted: null, remaining: 1 });
    expect(lms.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.get('cmi.core.score.raw')).toBe('');
    expect(session.record(result('q1', 1, 11))).toMatchObject({ kind: 'recorded', submitted: { score: 7, max: 17, percent: 41.18, passed: false } });
    expect(lms.get('cmi.core.score.raw')).toBe('41.18');
    expect(lms.get('cmi.core.lesson_status')).toBe('failed');
  });

  it('does not let "try again" turn a wrong answer into 100 beyond the attempts allowed', () => {
    const lms = runtime();
    const session = createScormSession(lms.api, LESSON);
    session.start();
    session.record(result('c1', 3, 6, 'check-up'));
    expect(session.record(result('c2', 6, 6, 'check-up'))).toEqual({ kind: 'ignored', reason: 'already-answered' });
    session.record(result('q1', 5, 11));
    session.record(result('c3', 4, 6, 'check-up'));
    session.record(result('q2', 6, 11));
    expect(lms.get('cmi.core.score.raw')).toBe('58.82');
    expect(session.record(result('c4', 6, 6, 'check-up'))).toEqual({ kind: 'ignored', reason: 'no-attempts-left' });
    expect(session.record(result('q3', 11, 11))).toEqual({ kind: 'ignored', reason: 'no-attempts-left' });
    expect(lms.get('cmi.core.score.raw')).toBe('58.82');
    expect(lms.get('cmi.core.lesson_status')).toBe('failed');
  });

  it('uses the mastery score the LMS sets when the assignment sets no pass mark', () => {
    const lms = runtime({ 'cmi.student_data.mastery_score': '40' });
    const session = createScormSession(lms.api, LESSON);
    expect(session.start()).toMatchObject({ passMark: 40 });
    session.record(result('c1', 6, 6, 'check-up'));
    session.record(result('q1', 1, 11));
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('appends each answered question and card to cmi.interactions', () => {
    const lms = runtime();
    const session = createScormSession(lms.api, LESSON);
    session.start();
    const answer = (id: string, ok: boolean): Interaction => ({
      id,
      type: 'choice',
      description: id,
      choices: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      response: [ok ? 'a' : 'b'],
      correct: ['a'],
      result: ok ? 'correct' : 'wrong',
      latencyMs: 1500,
      at: '2026-12-06T09:00:00Z',
    });
    session.record({ ...result('c1', 1, 2, 'check-up'), interactions: [answer('check-up.x.q1', true), answer('check-up.x.q2', false)] });
    session.record({ ...result('q1', 1, 1), interactions: [answer('quiz.ec2.os', true)] });
    expect(lms.get('cmi.interactions._count')).toBe('3');
    expect(lms.written['cmi.interactions.1.id']).toBe('check-up.x.q2');
    expect(lms.written['cmi.interactions.1.result']).toBe('wrong');
    expect(lms.written['cmi.interactions.2.student_response']).toBe('a');
  });

  it('completes an ungraded widget on its result, without a score', () => {
    const lms = runtime();
    const session = createScormSession(lms.api, CHOOSER);
    session.start();
    session.record(result('c1', 1, 1, 'launch-type-chooser'));
    expect(lms.get('cmi.core.lesson_status')).toBe('completed');
    expect(lms.get('cmi.core.score.raw')).toBe('');
  });

  it('completes a view-only package on launch', () => {
    const lms = runtime();
    createScormSession(lms.api, DIAGRAM).start();
    expect(lms.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('writes a session time the run-time accepts', () => {
    const lms = runtime();
    const time = clock();
    const session = createScormSession(lms.api, QUIZ, time.now);
    session.start();
    time.advance(3_725_120);
    session.record(result('r1', 8));
    const written = lms.written['cmi.core.session_time'];
    expect(written).toBe('0001:02:05.12');
    expect(written).toMatch(CMI_TIMESPAN);
  });
});

describe('a launch against a failing LMS', () => {
  function failing(overrides: Partial<Record<keyof Scorm12Api, () => string>>): Scorm12Api {
    return {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: () => 'true',
      LMSCommit: () => 'true',
      LMSGetLastError: () => '101',
      ...overrides,
    };
  }

  it('reports an LMSInitialize failure and records nothing', () => {
    const session = createScormSession(failing({ LMSInitialize: () => 'false' }), QUIZ);
    expect(session.start()).toEqual({ kind: 'failed', error: 'LMSInitialize failed (error 101)' });
    expect(session.record(result('r1', 8))).toEqual({ kind: 'ignored', reason: 'not-started' });
    expect(session.finish()).toBe(false);
  });

  it('says when a commit was not confirmed', () => {
    const session = createScormSession(failing({ LMSCommit: () => 'false' }), QUIZ);
    session.start();
    expect(session.record(result('r1', 8))).toMatchObject({ kind: 'recorded', committed: false });
  });

  it('starts afresh from damaged suspend data and says so', () => {
    const session = createScormSession(failing({ LMSGetValue: () => '{broken' }), QUIZ);
    expect(session.start()).toMatchObject({ kind: 'started', damagedSuspendData: true, state: { tally: { submitted: 0 } } });
  });
});

describe('percent', () => {
  it('is the share of points, to two decimals', () => {
    expect(percent(8, 8)).toBe('100');
    expect(percent(2, 3)).toBe('66.67');
    expect(percent(0, 0)).toBe('0');
  });
});
