/**
 * Mastery per lesson, from recent answers and FSRS retrievability. Pure and light (no ts-fsrs: the course map and
 * the lesson header show it), so retrievability uses FSRS-6's forgetting curve with ts-fsrs's default decay; the
 * unit test checks it against ts-fsrs itself.
 */
import type { ReviewItem } from './days';

export const MASTERY_LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];
export const MASTERY_LABELS: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/**
 * The thresholds, over a lesson's questions. coverage = share of its questions answered at least once;
 * recentRight = share of answered questions whose latest answer was right; recall = mean retrievability over all
 * its questions (unanswered count as 0). A level needs every figure in its row (and the rows above it fail).
 */
export const MASTERY_THRESHOLDS = {
  mastered: { coverage: 1, recentRight: 0.9, recall: 0.85, reviewsEach: 2 },
  proficient: { coverage: 0.8, recentRight: 0.8, recall: 0.7 },
  familiar: { coverage: 0.5, recentRight: 0.6, recall: 0 },
} as const;

/** FSRS-6 default decay (w20) in ts-fsrs 5.x. */
export const FSRS6_DECAY = 0.1542;
const FACTOR = Math.pow(0.9, -1 / FSRS6_DECAY) - 1;

/** Probability of recall after `elapsedDays` for a card of `stability` days (FSRS-6 forgetting curve). */
export function forgettingCurve(elapsedDays: number, stability: number): number {
  if (stability <= 0) return 0;
  return Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, -FSRS6_DECAY);
}

export function itemRetrievability(item: ReviewItem, now: Date): number {
  const last = item.card.last_review ?? item.log.at(-1)?.at;
  if (!last || item.card.reps === 0) return 0;
  return forgettingCurve((now.getTime() - Date.parse(last)) / 86_400_000, item.card.stability);
}

export type MasteryFigures = { coverage: number; recentRight: number; recall: number; level: MasteryLevel };

/** A lesson's level from the review items of its questions (`q:<id>`); missing reviews and wrong answers lower it. */
export function lessonMastery(questionIds: readonly string[], reviews: Record<string, unknown>, now: Date, isItem: (value: unknown) => value is ReviewItem): MasteryFigures {
  const items = questionIds.map((id) => reviews[`q:${id}`]).filter(isItem);
  const total = questionIds.length || 1;
  const answered = items.filter((item) => item.log.length > 0);
  const coverage = answered.length / total;
  const recentRight = answered.length ? answered.filter((item) => item.log.at(-1)!.correct).length / answered.length : 0;
  const recall = answered.reduce((sum, item) => sum + itemRetrievability(item, now), 0) / total;
  const reviewsEach = answered.length === questionIds.length && answered.every((item) => item.log.length >= MASTERY_THRESHOLDS.mastered.reviewsEach);
  const meets = (row: { coverage: number; recentRight: number; recall: number }) => coverage >= row.coverage && recentRight >= row.recentRight && recall >= row.recall;
  const level: MasteryLevel =
    answered.length === 0
      ? 'not-started'
      : meets(MASTERY_THRESHOLDS.mastered) && reviewsEach
        ? 'mastered'
        : meets(MASTERY_THRESHOLDS.proficient)
          ? 'proficient'
          : meets(MASTERY_THRESHOLDS.familiar)
            ? 'familiar'
            : 'attempted';
  return { coverage, recentRight, recall, level };
}
