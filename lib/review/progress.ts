/**
 * The /progress dashboard's figures that days.ts does not already give: answers per learning day over the last
 * 30 days (the chart and its table) and the weakest questions. Pure and light (no ts-fsrs).
 */
import { addDays, learningDay, type ReviewItem } from './days';
import { itemRetrievability } from './mastery';

export const CHART_DAYS = 30;
export const WEAKEST_COUNT = 5;

export type DayCount = { day: string; count: number; right: number };

/**
 * Answers per learning day, oldest first, ending today: `days` entries, empty days included (a chart needs them).
 * Every answer in every item's log counts (check-up questions and matrix rounds); `right` is how many were right.
 */
export function answersPerDay(items: [string, ReviewItem][], now: Date, timeZone: string, days = CHART_DAYS): DayCount[] {
  const today = learningDay(now, timeZone);
  const series = Array.from({ length: days }, (_, index) => ({ day: addDays(today, index - days + 1), count: 0, right: 0 }));
  const byDay = new Map(series.map((entry) => [entry.day, entry]));
  for (const [, item] of items) {
    for (const entry of item.log) {
      const at = new Date(entry.at);
      if (Number.isNaN(at.getTime())) continue;
      const bucket = byDay.get(learningDay(at, timeZone));
      if (!bucket) continue;
      bucket.count += 1;
      if (entry.correct) bucket.right += 1;
    }
  }
  return series;
}

/** Every answer in the queue, with the learning day noted when it was given (for the streak). */
export function answerTimes(items: [string, ReviewItem][]): { at: string; day?: string }[] {
  return items.flatMap(([, item]) => item.log.map(({ at, day }) => (day ? { at, day } : { at })));
}

export type WeakQuestion = { id: string; wrong: number; answers: number; latestCorrect: boolean; recall: number };

/**
 * The questions most in need of work, weakest first: latest answer wrong before latest answer right, then the
 * lowest chance of recall now (FSRS retrievability), then the most wrong answers, then the id (a stable order).
 * Only questions the learner has answered and is not sure to recall: at least one wrong answer, or recall under
 * `recallBelow`. Item ids are `q:<question>`; other items (matrix rounds) and unknown questions are skipped.
 */
export function weakestQuestions(
  items: [string, ReviewItem][],
  questionIds: ReadonlySet<string>,
  now: Date,
  { count = WEAKEST_COUNT, recallBelow = 0.8 }: { count?: number; recallBelow?: number } = {},
): WeakQuestion[] {
  const weak: WeakQuestion[] = [];
  for (const [itemId, item] of items) {
    if (!itemId.startsWith('q:') || item.log.length === 0) continue;
    const id = itemId.slice(2);
    if (!questionIds.has(id)) continue;
    const wrong = item.log.filter((entry) => !entry.correct).length;
    const recall = itemRetrievability(item, now);
    if (wrong === 0 && recall >= recallBelow) continue;
    weak.push({ id, wrong, answers: item.log.length, latestCorrect: item.log.at(-1)!.correct, recall });
  }
  return weak
    .sort((a, b) => Number(a.latestCorrect) - Number(b.latestCorrect) || a.recall - b.recall || b.wrong - a.wrong || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}
