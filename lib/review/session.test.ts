import { describe, expect, it } from 'vitest';
import { buildSession, dueSummary, nextDueDay, sessionSummary } from './session';
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
    expect(buildSession({ questions: questions.slice(0, 1), items: [['q:gone', item('2026-11-01T00:00:00Z')]], lessons: [], size: 5, now, timeZone: 'UTC' })).toEqual(['a1']);
  });
});

describe('dueSummary and the summary', () => {
  it('counts due questions and matrix rounds separately', () => {
    expect(dueSummary(items, new Set(questions.map((q) => q.id)), now, 'UTC')).toEqual({ questions: ['a2', 'b1'], rounds: ['ec2'] });
  });

  it('sums up a session and finds the next due day', () => {
    expect(sessionSummary([{ id: 'a', correct: true }, { id: 'b', correct: false }])).toEqual({ right: 1, total: 2, missed: ['b'] });
    expect(nextDueDay(items, now, 'UTC')).toBe('2026-12-05');
  });
});
