import { describe, expect, it } from 'vitest';
import { addDays, dueToday, forecast, learningDay, reviewItems, streak, type ReviewItem } from './days';

const item = (due: string): ReviewItem => ({
  card: { due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 },
  log: [],
});

describe('learningDay', () => {
  it('rolls over at 4 am local time, not at midnight', () => {
    expect(learningDay(new Date('2026-12-01T23:30:00Z'), 'UTC')).toBe('2026-12-01');
    expect(learningDay(new Date('2026-12-02T00:30:00Z'), 'UTC')).toBe('2026-12-01');
    expect(learningDay(new Date('2026-12-02T03:59:59Z'), 'UTC')).toBe('2026-12-01');
    expect(learningDay(new Date('2026-12-02T04:00:00Z'), 'UTC')).toBe('2026-12-02');
  });

  it('follows the time zone: one instant, two learning days', () => {
    const instant = new Date('2026-12-02T06:00:00Z'); // 7 am in Berlin, 1 am in New York
    expect(learningDay(instant, 'Europe/Berlin')).toBe('2026-12-02');
    expect(learningDay(instant, 'America/New_York')).toBe('2026-12-01');
  });

  it('stays right across DST changes', () => {
    // New York springs forward on 8 March 2026 (2 am -> 3 am) and falls back on 1 November 2026.
    expect(learningDay(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-07'); // 3:30 am EDT
    expect(learningDay(new Date('2026-03-08T08:00:00Z'), 'America/New_York')).toBe('2026-03-08'); // 4:00 am EDT
    expect(learningDay(new Date('2026-11-01T08:30:00Z'), 'America/New_York')).toBe('2026-10-31'); // 3:30 am EST
    expect(learningDay(new Date('2026-11-01T09:00:00Z'), 'America/New_York')).toBe('2026-11-01'); // 4:00 am EST
    // Berlin: 29 March 2026 and 25 October 2026.
    expect(learningDay(new Date('2026-03-29T01:59:00Z'), 'Europe/Berlin')).toBe('2026-03-28'); // 3:59 am CEST
    expect(learningDay(new Date('2026-03-29T02:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29'); // 4:00 am CEST
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('due counts', () => {
  const items: [string, ReviewItem][] = [
    ['q:overdue', item('2026-11-28T10:00:00Z')],
    ['q:late-tonight', item('2026-12-01T23:00:00Z')],
    ['q:after-midnight', item('2026-12-02T02:00:00Z')],
    ['q:tomorrow', item('2026-12-02T10:00:00Z')],
    ['q:next-week', item('2026-12-08T10:00:00Z')],
  ];
  const evening = new Date('2026-12-01T20:00:00Z');

  it('counts overdue items and those due before the 4 am rollover as due today', () => {
    expect(dueToday(items, evening, 'UTC')).toEqual(['q:overdue', 'q:late-tonight', 'q:after-midnight']);
  });

  it('changes when the learner comes back the next day, at the 4 am rollover (whole days, as in Anki)', () => {
    expect(dueToday(items, new Date('2026-12-02T03:59:00Z'), 'UTC')).toHaveLength(3);
    expect(dueToday(items, new Date('2026-12-02T04:00:00Z'), 'UTC')).toHaveLength(4);
  });

  it('recounts in a new time zone', () => {
    // 20:00 UTC is 5 am on 2 December in Sydney (UTC+11): the tomorrow item is due there already by 21:00 local.
    expect(dueToday(items, evening, 'Australia/Sydney')).toEqual(['q:overdue', 'q:late-tonight', 'q:after-midnight', 'q:tomorrow']);
  });

  it('forecasts seven days, today first with the overdue items', () => {
    const days = forecast(items, evening, 'UTC');
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ day: '2026-12-01', count: 3 });
    expect(days[1]).toEqual({ day: '2026-12-02', count: 1 });
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(4); // next week is beyond the window
  });

  it('skips stored items that no longer fit', () => {
    expect(reviewItems({ 'q:ok': item('2026-12-01T10:00:00Z'), 'q:bad': { card: { due: 'soon' } }, 'q:worse': 7 }).map(([id]) => id)).toEqual(['q:ok']);
  });
});

describe('streak', () => {
  const tz = 'UTC';
  it('counts consecutive learning days ending today or yesterday', () => {
    const answers = ['2026-11-29T10:00:00Z', '2026-11-30T10:00:00Z', '2026-12-01T02:00:00Z' /* still 30 Nov */, '2026-12-01T09:00:00Z'].map((at) => ({ at }));
    expect(streak(answers, new Date('2026-12-01T20:00:00Z'), tz)).toBe(3);
    expect(streak(answers, new Date('2026-12-02T20:00:00Z'), tz)).toBe(3); // today not yet answered
    expect(streak(answers, new Date('2026-12-03T20:00:00Z'), tz)).toBe(0); // a day was missed
    expect(streak([], new Date('2026-12-01T20:00:00Z'), tz)).toBe(0);
  });

  it('counts each answer on the learning day noted when it was given, whatever the zone today', () => {
    // Answered in New York at 21:00 on 30 November and 09:00 on 1 December: two days there, noted with each.
    const answers = [
      { at: '2026-12-01T02:00:00Z', day: '2026-11-30' },
      { at: '2026-12-01T14:00:00Z', day: '2026-12-01' },
    ];
    const now = new Date('2026-12-01T15:00:00Z');
    expect(streak(answers, now, 'America/New_York')).toBe(2);
    expect(streak(answers, now, 'Asia/Tokyo')).toBe(2);
    // Without the noted day, the same answers fall on one Tokyo learning day (and the streak depended on the zone).
    expect(
      streak(
        answers.map(({ at }) => ({ at })),
        now,
        'Asia/Tokyo',
      ),
    ).toBe(1);
  });
});
