/**
 * Learning days and due counts for the review queue, without ts-fsrs (pages that only count load this).
 * A learning day starts at 4 am local time, as in Anki: an answer at 1 am still counts for the evening before.
 * Day keys are computed with Intl in an explicit time zone, so they stay right across midnight, DST changes and a
 * move to another time zone (a card's due instant is fixed; which day it falls on follows the learner's zone).
 */
import { isReviewItem, type ReviewItem } from '../learner/schema';

export { isReviewItem, type ReviewItem, type ReviewLogEntry, type StoredCard } from '../learner/schema';

export const DAY_STARTS_AT_HOUR = 4;

/** The review items of a store's `reviews`, skipping any that no longer fit (never a crash). */
export function reviewItems(reviews: Record<string, unknown>): [string, ReviewItem][] {
  if (!reviews || typeof reviews !== 'object' || Array.isArray(reviews)) return [];
  return Object.entries(reviews).filter((entry): entry is [string, ReviewItem] => isReviewItem(entry[1]));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(date: Date, timeZone: string): { year: number; month: number; day: number; hour: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) };
}

/** The learner's time zone (the browser's), or UTC where Intl cannot say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Shift a YYYY-MM-DD key by whole calendar days. */
export function addDays(key: string, days: number): string {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The learning day (YYYY-MM-DD) an instant belongs to in a time zone: the local date, minus one before 4 am. */
export function learningDay(date: Date, timeZone: string): string {
  const { year, month, day, hour } = partsIn(date, timeZone);
  const key = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return hour < DAY_STARTS_AT_HOUR ? addDays(key, -1) : key;
}

/** Items due today: due on this learning day or earlier (overdue items count as due today). */
/** The items the schedule brings back: all but the suspended ones (lib/review/leech.ts). */
export function scheduled(items: [string, ReviewItem][]): [string, ReviewItem][] {
  return items.filter(([, item]) => !item.suspended);
}

export function dueToday(items: [string, ReviewItem][], now: Date, timeZone: string): string[] {
  const today = learningDay(now, timeZone);
  return scheduled(items)
    .filter(([, item]) => learningDay(new Date(item.card.due), timeZone) <= today)
    .map(([id]) => id);
}

/** Due counts for the next `days` learning days, today first (today includes everything overdue). */
export function forecast(items: [string, ReviewItem][], now: Date, timeZone: string, days = 7): { day: string; count: number }[] {
  const today = learningDay(now, timeZone);
  const counts = Array.from({ length: days }, (_, index) => ({ day: addDays(today, index), count: 0 }));
  for (const [, item] of scheduled(items)) {
    const due = learningDay(new Date(item.card.due), timeZone);
    const index = due <= today ? 0 : counts.findIndex((entry) => entry.day === due);
    if (index >= 0) counts[index].count += 1;
  }
  return counts;
}

/**
 * Consecutive learning days with at least one answer, ending today (or yesterday, if today has none yet). An answer
 * counts on the day noted when it was given (`day`, the learner's zone then); older answers without one, on the day
 * of `at` in today's zone.
 */
export function streak(answers: { at: string; day?: string }[], now: Date, timeZone: string): number {
  const days = new Set(answers.map((answer) => answer.day ?? learningDay(new Date(answer.at), timeZone)));
  let day = learningDay(now, timeZone);
  if (!days.has(day)) day = addDays(day, -1);
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}
