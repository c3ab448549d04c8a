import type { Metadata } from 'next';
import { getChecklist, getChecklists } from '@/lib/checklists/load';
import { CHECKLIST_IDS } from '@/lib/checklists/types';
import { oembedAlternate } from '@/lib/embed/context';
import { ChecklistWorkspace } from '@/components/security-checklist/ChecklistWorkspace';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Security checklists',
  description:
    'Three interactive checklists for reviewing an ECS service: the Fargate security challenges, the ECS control plane, and ECS tasks and containers. Export the review as Markdown or JSON, or print a handout.',
  // One oEmbed link per list shown (titled); a consumer takes the first.
  alternates: {
    canonical: '/checklists',
    types: oembedAlternate(
      ...CHECKLIST_IDS.map((id) => ({ target: { kind: 'widget', widget: 'checklist', argument: id } as const, title: getChecklist(id).title })),
    ),
  },
};

export default function ChecklistsPage() {
  const checklists = getChecklists();
  const total = checklists.reduce((sum, list) => sum + list.items.length, 0);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14 print:max-w-none print:px-0 print:py-0">
      <PageHeader
        eyebrow="Review an ECS service"
        title="Security checklists for ECS and Fargate"
        lead={
          <>
            {total} checks in three lists, each with why it matters, how to do it, the launch types it applies to and a suggested severity. Work through them
            against one real service. Where older guides say otherwise, an item’s “What changed since 2023” note says what changed and when, with its source.
          </>
        }
      />
      <p className="mt-3 text-zinc-700 dark:text-zinc-300 print:hidden">
        Your ticks and notes are saved in this browser only and are the same ones you see in the lessons{' '}
        {checklists.map((list, index) => (
          <span key={list.id}>
            {index > 0 ? (index === checklists.length - 1 ? ' and ' : ', ') : null}
            <a href={`/lessons/${list.lesson}`} className={linkClass}>
              {list.lessonTitle}
            </a>
          </span>
        ))}
        . Export Markdown for a ticket, export JSON to keep or share the state, or print a blank handout (one list per page, every detail shown).
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
