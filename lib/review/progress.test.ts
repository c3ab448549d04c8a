import { describe, expect, it } from 'vitest';
import type { ReviewItem, ReviewLogEntry } from './days';
import { answersPerDay, answerTimes, weakestQuestions } from './progress';

const item = (log: ReviewLogEntry[], { stability = 3, reps = log.length } = {}): ReviewItem => ({
  card: {
    due: '2026-12-05T10:00:00.000Z',
    stability,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps,
    lapses: 0,
    state: 2,
    ...(log.length ? { last_review: log.at(-1)!.at } : {}),
  },
  log,
});
const answer = (at: string, correct = true): ReviewLogEntry => ({ at, rating: correct ? 3 : 1, correct });

describe('answersPerDay', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('has one entry per learning day, oldest first, ending today, empty days included', () => {
    const series = answersPerDay([], now, 'UTC');
    expect(series).toHaveLength(30);
    expect(series[0].day).toBe('2026-11-02');
    expect(series.at(-1)).toEqual({ day: '2026-12-01', count: 0, right: 0 });
  });

  it('counts every answer of every item on its learning day (4 am rollover), right ones apart', () => {
    const items: [string, ReviewItem][] = [
      ['q:a', item([answer('2026-11-30T10:00:00Z', false), answer('2026-12-01T09:00:00Z')])],
      ['q:b', item([answer('2026-12-01T03:30:00Z')])], // 3:30 am: still 30 November
      ['round:fargate', item([answer('2026-12-01T11:00:00Z')])],
    ];
    const series = answersPerDay(items, now, 'UTC');
    expect(series.at(-1)).toEqual({ day: '2026-12-01', count: 2, right: 2 });
    expect(series.at(-2)).toEqual({ day: '2026-11-30', count: 2, right: 1 });
    expect(series.reduce((sum, day) => sum + day.count, 0)).toBe(4);
  });

  it('leaves out answers older than the window and unreadable times', () => {
    const items: [string, ReviewItem][] = [['q:a', item([answer('2026-10-01T10:00:00Z'), answer('not a date')])]];
    expect(answersPerDay(items, now, 'UTC').every((day) => day.count === 0)).toBe(true);
  });

  it('follows the time zone', () => {
    const items: [string, ReviewItem][] = [['q:a', item([answer('2026-12-01T06:00:00Z')])]]; // 7 am Berlin, 1 am New York
    expect(answersPerDay(items, now, 'Europe/Berlin').at(-1)!.count).toBe(1);
    expect(answersPerDay(items, now, 'America/New_York').at(-2)!.count).toBe(1);
  });
});

describe('answerTimes', () => {
  it('lists every answer time', () => {
    expect(answerTimes([['q:a', item([answer('2026-12-01T10:00:00Z'), answer('2026-12-02T10:00:00Z')])]])).toEqual([
      { at: '2026-12-01T10:00:00Z' },
      { at: '2026-12-02T10:00:00Z' },
    ]);
  });
});

describe('weakestQuestions', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const ids = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);

  it('puts a wrong latest answer first, then the lowest recall, then the most wrong answers', () => {
    const items: [string, ReviewItem][] = [
      ['q:a', item([answer('2026-11-30T10:00:00Z', false), answer('2026-11-30T11:00:00Z')], { stability: 1 })], // right now, one miss
      ['q:b', item([answer('2026-12-01T10:00:00Z', false)], { stability: 0.5 })], // latest wrong
      ['q:c', item([answer('2026-11-01T10:00:00Z')], { stability: 2 })], // long unseen: low recall
      ['q:d', item([answer('2026-12-01T09:55:00Z', false), answer('2026-12-01T10:00:00Z', false)], { stability: 0.5 })], // two misses, latest wrong
    ];
    expect(weakestQuestions(items, ids, now).map((weak) => weak.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('leaves out questions answered right and well remembered, unanswered ones, rounds and unknown ids', () => {
    const items: [string, ReviewItem][] = [
      ['q:a', item([answer('2026-12-01T10:00:00Z')], { stability: 30 })],
      ['q:b', item([])],
      ['round:fargate', item([answer('2026-12-01T10:00:00Z', false)])],
      ['q:retired', item([answer('2026-12-01T10:00:00Z', false)])],
    ];
    expect(weakestQuestions(items, ids, now)).toEqual([]);
  });

  it('returns at most five, in a stable order', () => {
    const items: [string, ReviewItem][] = [...ids].map((id) => [`q:${id}`, item([answer('2026-12-01T10:00:00Z', false)], { stability: 0.5 })]);
    const weak = weakestQuestions(items, ids, now);
    expect(weak.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(weak[0]).toMatchObject({ wrong: 1, answers: 1, latestCorrect: false });
  });
});
