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
 * recentRight = share of answered questions whose latest answer was right; recall = mean chance of recall now over
 * all its questions (FSRS retrievability; 0 for one never answered or whose latest answer was wrong, so a lapse
 * counts at once); overdue = share of its questions past their due day. A level needs every figure in its row.
 */
export const MASTERY_THRESHOLDS = {
  mastered: { coverage: 1, recentRight: 1, recall: 0.9, overdue: 0, reviewsEach: 2 },
  proficient: { coverage: 0.8, recentRight: 1, recall: 0.8, overdue: 0.2 },
  familiar: { coverage: 0.5, recentRight: 0.6, recall: 0.3, overdue: 1 },
} as const;

/** What each level means, shown on /progress: the definitions are derived from the thresholds above. */
export const MASTERY_DEFINITIONS: Record<MasteryLevel, string> = {
  'not-started': 'No question of the lesson answered yet.',
  attempted: 'Some answered, but below Familiar.',
  familiar: `At least ${pct(MASTERY_THRESHOLDS.familiar.coverage)} of the questions answered, ${pct(MASTERY_THRESHOLDS.familiar.recentRight)} right at the latest answer, and an average chance of recall now of ${pct(MASTERY_THRESHOLDS.familiar.recall)} or more.`,
  proficient: `At least ${pct(MASTERY_THRESHOLDS.proficient.coverage)} answered, ${pct(MASTERY_THRESHOLDS.proficient.recentRight)} right at the latest answer, recall ${pct(MASTERY_THRESHOLDS.proficient.recall)} or more, and no more than ${pct(MASTERY_THRESHOLDS.proficient.overdue)} overdue.`,
  mastered: `Every question answered right at the latest answer, each reviewed at least ${MASTERY_THRESHOLDS.mastered.reviewsEach} times, recall ${pct(MASTERY_THRESHOLDS.mastered.recall)} or more, none overdue.`,
};

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

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

export type MasteryFigures = { coverage: number; recentRight: number; recall: number; overdue: number; lastWrong: number; level: MasteryLevel };

/** An item's chance of recall now, for mastery: 0 while its latest answer is wrong (a lapse counts at once). */
export function itemRecall(item: ReviewItem, now: Date): number {
  return item.log.at(-1)?.correct === false ? 0 : itemRetrievability(item, now);
}

/**
 * A lesson's level from the review items of its questions (`q:<id>`): missing reviews, wrong latest answers and
 * overdue reviews lower it, and recall decays with time (recomputed at every render from the stored cards).
 */
export function lessonMastery(
  questionIds: readonly string[],
  reviews: Record<string, unknown>,
  now: Date,
  isItem: (value: unknown) => value is ReviewItem,
): MasteryFigures {
  const items = questionIds.map((id) => reviews[`q:${id}`]).filter(isItem);
  const total = questionIds.length || 1;
  const answered = items.filter((item) => item.log.length > 0);
  const coverage = answered.length / total;
  const lastWrong = answered.filter((item) => !item.log.at(-1)!.correct).length;
  const recentRight = answered.length ? (answered.length - lastWrong) / answered.length : 0;
  const recall = answered.reduce((sum, item) => sum + itemRecall(item, now), 0) / total;
  const overdueCount = answered.filter((item) => Date.parse(item.card.due) < now.getTime() - 86_400_000).length;
  const overdue = overdueCount / total;
  const reviewsEach = answered.length === questionIds.length && answered.every((item) => item.log.length >= MASTERY_THRESHOLDS.mastered.reviewsEach);
  const meets = (row: { coverage: number; recentRight: number; recall: number; overdue: number }) =>
    coverage >= row.coverage && recentRight >= row.recentRight && recall >= row.recall && overdue <= row.overdue;
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
  return { coverage, recentRight, recall, overdue: overdueCount, lastWrong, level };
}

/** Why a lesson is at its level, in a few words: "7 of 9 answered, 2 overdue, 1 wrong at the latest answer, recall 74%". */
export function masteryWhy(figures: MasteryFigures, total: number): string {
  const parts = [`${Math.round(figures.coverage * total)} of ${total} answered`];
  if (figures.overdue) parts.push(`${figures.overdue} overdue`);
  if (figures.lastWrong) parts.push(`${figures.lastWrong} wrong at the latest answer`);
  parts.push(`recall now ${pct(figures.recall)}`);
  return parts.join(', ');
}
