import type { Metadata } from 'next';
import Link from 'next/link';
import { getChecklists } from '@/lib/checklists/load';
import { ChecklistWorkspace } from '@/components/security-checklist/ChecklistWorkspace';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';

export const metadata: Metadata = {
  title: 'Security checklists',
  description:
    'Three interactive checklists for reviewing an ECS service: the Fargate security challenges, the ECS control plane, and ECS tasks and containers. Export the review as Markdown or JSON, or print a handout.',
  alternates: { canonical: '/checklists' },
};

export default function ChecklistsPage() {
  const checklists = getChecklists();
  const total = checklists.reduce((sum, list) => sum + list.items.length, 0);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14 print:max-w-none print:px-0 print:py-0">
      <p className="text-sm font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300 print:text-black">Review an ECS service</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white print:text-black">
        Security checklists for ECS and Fargate
      </h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300 print:text-base print:text-black">
        {total} checks in three lists, each with why it matters, how to do it, the launch types it applies to and a suggested severity. Work
        through them against one real service; where a fact changed since the March 2023 notes the lessons started from, the item says what
        changed and when, with its source.
      </p>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300 print:hidden">
        Your ticks and notes are saved in this browser only and are the same ones you see in the lessons{' '}
        {checklists.map((list, index) => (
          <span key={list.id}>
            {index > 0 ? (index === checklists.length - 1 ? ' and ' : ', ') : null}
            <Link href={`/lessons/${list.lesson}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
              {list.lessonTitle}
            </Link>
          </span>
        ))}
        . Export Markdown for a ticket, export JSON to keep or share the state, or print a blank handout (one list per page, every detail
        shown).
      </p>
      <div className="mt-6 flex justify-end">
        <WidgetEmbedButton target={{ kind: 'widget', widget: 'checklist', argument: checklists[0].id }} />
      </div>
      <div className="mt-6 print:mt-6">
        <ChecklistWorkspace checklists={checklists} knownItemIds={checklists.flatMap((list) => list.items.map((item) => item.id))} scope="page" />
      </div>
    </div>
  );
}
