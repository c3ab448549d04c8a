'use client';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { markLessonDone } from '@/components/learner/actions';
import { Button } from '@/components/ui/Button';
import { BoxIcon } from '@/components/ui/icons/BoxIcon';
import { CheckIcon } from '@/components/ui/icons/CheckIcon';

/** "Mark as done": stored in the learner store and shown on the course map. */
export function MarkDone({ slug, title }: { slug: string; title: string }) {
  const done = useLearnerState((state) => Boolean(state.lessons[slug]));
  const toggle = () => markLessonDone(slug, !done);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-4 print:hidden dark:border-zinc-800 dark:bg-zinc-900">
      <Button variant={done ? 'success' : 'primary'} weight="medium" onClick={toggle} aria-pressed={done}>
        {done ? <CheckIcon ends="sharp" /> : <BoxIcon />}
        Mark as done
      </Button>
      <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {done ? `Done: “${title}” is ticked on the course map.` : 'Tick this when you can answer the questions above.'}
      </p>
    </div>
  );
}
