import { describe, expect, it } from 'vitest';
import { answerCounts, buildSession, describeDueDays, describePlan, dueByDay, dueSummary, nextDueDay, planSession, sessionSummary } from './session';
import type { ReviewItem } from './days';

const item = (due: string): ReviewItem => ({
  card: { due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 },
  log: [{ at: '2026-11-30T10:00:00Z', rating: 3, correct: true }],
});
const questions = [
  { id: 'a1', lesson: 'a' },
  { id: 'a2', lesson: 'a' },
  { id: 'a3', lesson: 'a' },
  { id: 'b1', lesson: 'b' },
  { id: 'b2', lesson: 'b' },
];
const now = new Date('2026-12-01T12:00:00Z');
const items: [string, ReviewItem][] = [
  ['q:a2', item('2026-12-01T09:00:00Z')],
  ['q:b1', item('2026-11-25T09:00:00Z')],
  ['q:a3', item('2026-12-05T09:00:00Z')],
  ['round:ec2', item('2026-11-30T09:00:00Z')],
];

describe('buildSession', () => {
  it('puts due questions first, most overdue first, then new ones in course order', () => {
    expect(buildSession({ questions, items, lessons: [], size: 10, now, timeZone: 'UTC' })).toEqual(['b1', 'a2', 'a1', 'b2']);
  });

  it('keeps to the chosen lessons and size', () => {
    expect(buildSession({ questions, items, lessons: ['a'], size: 10, now, timeZone: 'UTC' })).toEqual(['a2', 'a1']);
    expect(buildSession({ questions, items, lessons: [], size: 2, now, timeZone: 'UTC' })).toEqual(['b1', 'a2']);
  });

  it('ignores items for questions that no longer exist', () => {
    expect(
      buildSession({ questions: questions.slice(0, 1), items: [['q:gone', item('2026-11-01T00:00:00Z')]], lessons: [], size: 5, now, timeZone: 'UTC' }),
    ).toEqual(['a1']);
  });
});

describe('dueSummary and the summary', () => {
  it('counts due questions and matrix rounds separately', () => {
    expect(dueSummary(items, new Set(questions.map((q) => q.id)), now, 'UTC')).toEqual({ questions: ['a2', 'b1'], rounds: ['ec2'] });
  });

  it('sums up a session and finds the next due day', () => {
    expect(
      sessionSummary([
        { id: 'a', correct: true },
        { id: 'b', correct: false },
      ]),
    ).toEqual({ right: 1, total: 2, missed: ['b'] });
    expect(nextDueDay(items, now, 'UTC')).toBe('2026-12-05');
  });
});

describe('planSession: custom sessions', () => {
  const withMissed: [string, ReviewItem][] = [
    ...items,
    ['q:b2', { ...item('2026-12-09T09:00:00Z'), log: [{ at: '2026-11-30T10:00:00Z', rating: 1, correct: false }] }],
  ];

  it('says exactly what a session holds', () => {
    const plan = planSession({ questions, items: withMissed, lessons: [], size: 10, now, timeZone: 'UTC' });
    expect(plan).toMatchObject({ ids: ['b1', 'a2', 'a1'], from: { due: 2, missed: 0, flagged: 0, new: 1, ahead: 0 }, sourceOf: { b1: 'due', a1: 'new' } });
    expect(describePlan(plan.from)).toBe('2 due, 1 new');
  });

  it('"Review now" is only what is due: no unannounced new question', () => {
    expect(planSession({ questions, items, lessons: [], size: 2, now, timeZone: 'UTC', sources: ['due'] }).ids).toEqual(['b1', 'a2']);
  });

  it('draws missed questions that are not due yet, and lets a learner study a lesson ahead', () => {
    expect(planSession({ questions, items: withMissed, lessons: [], size: 10, now, timeZone: 'UTC', sources: ['missed'] }).ids).toEqual(['b2']);
    expect(planSession({ questions, items, lessons: ['a'], size: 10, now, timeZone: 'UTC', sources: ['ahead'] })).toMatchObject({
      ids: ['a1', 'a2', 'a3'],
      from: { due: 0, missed: 0, flagged: 0, new: 0, ahead: 3 },
    });
  });

  it('draws flagged (disputed) questions in the chosen lessons, in course order, each once', () => {
    const plan = planSession({ questions, items, lessons: ['a'], size: 10, now, timeZone: 'UTC', flagged: ['b2', 'a3', 'a1'], sources: ['flagged'] });
    expect(plan).toMatchObject({ ids: ['a1', 'a3'], from: { flagged: 2 }, sourceOf: { a1: 'flagged', a3: 'flagged' } });
    expect(describePlan(plan.from)).toBe('2 flagged');
    expect(planSession({ questions, items, lessons: [], size: 10, now, timeZone: 'UTC', sources: ['flagged'] }).ids).toEqual([]);
  });

  it('leaves the schedule alone for questions studied ahead unless the learner counts them', () => {
    expect(answerCounts('due', false)).toBe(true);
    expect(answerCounts('new', false)).toBe(true);
    expect(answerCounts('ahead', false)).toBe(false);
    expect(answerCounts('missed', false)).toBe(false);
    expect(answerCounts('flagged', false)).toBe(false);
    expect(answerCounts('flagged', true)).toBe(true);
    expect(answerCounts('ahead', true)).toBe(true);
  });
});

describe('due wording', () => {
  it('groups by learning day, overdue as today, and names the days', () => {
    const groups = dueByDay(items, now, 'UTC');
    expect(groups).toEqual([
      { day: '2026-12-01', count: 3 },
      { day: '2026-12-05', count: 1 },
    ]);
    expect(describeDueDays(groups, now, 'UTC')).toBe('3 come back today, 1 on Saturday 5 December');
    expect(
      describeDueDays(
        [
          { day: '2026-12-02', count: 1 },
          { day: '2026-12-14', count: 2 },
        ],
        now,
        'UTC',
      ),
    ).toBe('1 comes back tomorrow (Wednesday 2 December), 2 on Monday 14 December');
  });

  it('uses the learner\u2019s time zone and the 4 am boundary', () => {
    // 02:00 in Tokyo on 2 December is still the learning day of 1 December there.
    expect(dueByDay([['q:x', item('2026-12-01T17:00:00Z')]], new Date('2026-12-01T12:00:00Z'), 'Asia/Tokyo')).toEqual([{ day: '2026-12-01', count: 1 }]);
  });
});
