'use client';
/** A lesson's mastery level (lib/review/mastery.ts) on the course map and the lesson header; "Not started" until read. */
import { useLearnerState } from '@/components/learner/useLearnerState';
import { isReviewItem } from '@/lib/review/days';
import { lessonMastery, MASTERY_LABELS } from '@/lib/review/mastery';
import { cn } from '@/components/ui/cn';

const TONES = {
  'not-started': 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
  attempted: 'bg-amber-50 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100',
  familiar: 'bg-sky-50 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100',
  proficient: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100',
  mastered: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950',
} as const;

export function MasteryBadge({ questionIds, as: Tag = 'span' }: { questionIds: string[]; as?: 'span' | 'li' }) {
  const reviews = useLearnerState((state) => state.reviews);
  const { level } = lessonMastery(questionIds, reviews, new Date(), isReviewItem);
  return (
    <Tag className={cn('rounded-full px-2.5 py-1', TONES[level])} data-mastery={level}>
      Mastery: {MASTERY_LABELS[level]}
    </Tag>
  );
}
