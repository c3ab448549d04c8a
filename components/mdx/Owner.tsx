/**
 * Who manages a layer, as a word on a tag in the diagrams' owner colours: `<Owner who="you" />` in a lesson table.
 * Text, not a letter code, so it reads the same to a screen reader, in print and at 360 px.
 */
import { cn } from '@/components/ui/cn';

type Who = 'you' | 'aws' | 'shared';

const TAGS: Record<Who, { label: string; className: string }> = {
  you: { label: 'You', className: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-zinc-900' },
  aws: { label: 'AWS', className: 'bg-amber-700 text-white dark:bg-amber-400 dark:text-zinc-900' },
  shared: { label: 'Shared', className: 'bg-violet-700 text-white dark:bg-violet-300 dark:text-zinc-900' },
};

export function Owner({ who }: { who: Who }) {
  const tag = TAGS[who] ?? TAGS.you;
  return (
    <span
      className={cn(
        'inline-block rounded px-1.5 py-px text-xs font-bold whitespace-nowrap',
        tag.className,
        'print:border print:border-black print:bg-transparent print:text-black',
      )}
    >
      {tag.label}
    </span>
  );
}
