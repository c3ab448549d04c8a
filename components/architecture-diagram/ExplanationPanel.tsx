'use client';
/** What a selected box is, who manages it in the current view, and where the course explains it. */
import type { Ownership, ResolvedNode, ResolvedView } from '@/lib/diagrams/types';
import { OWNER_LABELS, OWNER_TAGS } from '@/lib/diagrams/types';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { SourceList } from '@/components/ui/SourceList';

type Props = {
  headingLevel?: 2 | 3;
  id: string;
  /** Name the view in the owner line only when the reader can switch views. */
  manyViews: boolean;
  node: ResolvedNode | undefined;
  label: string;
  view: ResolvedView;
  ownership: Ownership;
  onClose: () => void;
};

export function ExplanationPanel({ id, manyViews, node, label, view, ownership, onClose, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const inView = node?.views[view.id];
  const link = inView?.lesson ?? node?.lesson;
  return (
    <div id={id} aria-live="polite" className="min-h-24 rounded-lg border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
      {node && link ? (
        <div className="space-y-2 text-[0.975rem] leading-7 text-zinc-800 dark:text-zinc-200">
          <div className="flex items-start justify-between gap-3">
            <Heading className="pt-1 text-base font-semibold text-zinc-950 dark:text-white">{label}</Heading>
            <Button variant="outline" size="compact" onClick={onClose} className="shrink-0">
              Close<span className="sr-only"> the explanation of {label}</span>
            </Button>
          </div>
          <p>{node.summary}</p>
          {ownership !== 'none' && inView ? (
            <p>
              <span className="font-semibold text-zinc-950 dark:text-white">{manyViews ? `Who manages it in ${view.label}: ` : 'Who manages it: '}</span>
              <span
                aria-hidden="true"
                className="mr-1.5 rounded-[3px] px-1.5 py-px align-[0.1em] text-[0.625rem] font-bold tracking-wide"
                style={{ background: `var(--dg-${inView.owner}-border)`, color: 'var(--dg-tag-text)' }}
              >
                {OWNER_TAGS[inView.owner]}
              </span>
              <span className="sr-only">{OWNER_LABELS[inView.owner]}. </span>
              {inView.note}
            </p>
          ) : null}
          <p>
            Read more: {/* A plain link: lesson pages are prerendered, and next/link would add its runtime to the widget. */}
            <a href={link.href} className={cn('font-medium', linkClass)}>
              {link.section}
            </a>{' '}
            <span className="text-zinc-600 dark:text-zinc-400">in “{link.lesson}”</span>
          </p>
          {node.sources.length ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              <SourceList sources={node.sources} />
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm leading-6 text-zinc-700 dark:text-zinc-300">
          Select any box in the diagram (click, tap, or Tab to it and press Enter) to see what it is
          {ownership === 'none' ? '' : ' and who manages it'}.
        </p>
      )}
    </div>
  );
}
