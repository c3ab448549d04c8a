'use client';
/** "Check-up: 7 of 9, passed" on the course map and the lesson header (lib/questions/check-up-state.ts says it). */
import { useLearnerState } from '@/components/learner/useLearnerState';
import { checkUpStatus, checkUpStatusText, readCheckUp } from '@/lib/questions/check-up-state';
import { cn } from '@/components/ui/cn';

export function CheckUpBadge({ slug, total, href, as: Tag = 'span' }: { slug: string; total: number; href?: string; as?: 'span' | 'li' }) {
  // A string, so the snapshot compares equal between renders.
  const text = useLearnerState((state) => checkUpStatusText(checkUpStatus(readCheckUp(state, slug), total)));
  const passed = text.endsWith(', passed');
  if (!text) return null;
  return (
    <Tag
      className={cn(
        'rounded-full px-2.5 py-1',
        passed
          ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100'
          : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
      )}
      data-check-up-status=""
    >
      {href ? (
        <a href={href} className="hover:underline">
          {text}
        </a>
      ) : (
        text
      )}
    </Tag>
  );
}
