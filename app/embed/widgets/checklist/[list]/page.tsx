/** /embed/widgets/checklist/<list-id>: one security checklist, chrome-less; `?filter=` picks the launch type. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getChecklist } from '@/lib/checklists/load';
import { CHECKLIST_IDS } from '@/lib/checklists/types';
import { oembedAlternate } from '@/lib/embed/context';
import { embedPath } from '@/lib/embed/targets';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { ApplyChecklistFilter } from '@/components/embed/ApplyChecklistFilter';
import { widgetEmbedWithArgument } from '@/components/embed/widgetEmbeds';

type Props = { params: Promise<{ list: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return CHECKLIST_IDS.map((list) => ({ list }));
}

const isListId = (value: string) => (CHECKLIST_IDS as readonly string[]).includes(value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = await params;
  if (!isListId(list)) return {};
  const target = { kind: 'widget', widget: 'checklist', argument: list } as const;
  return { title: getChecklist(list).title, robots: { index: false }, alternates: { types: oembedAlternate(target) } };
}

export default async function EmbeddedChecklistPage({ params }: Props) {
  const { list } = await params;
  if (!isListId(list)) notFound();
  const checklist = getChecklist(list);
  const target = { kind: 'widget', widget: 'checklist', argument: list } as const;
  return (
    <EmbedFrame path={embedPath(target)} title={checklist.title} kind="widget" sitePath={`/checklists#${list}`}>
      <h1 className="sr-only">Security checklist: {checklist.title}</h1>
      <ApplyChecklistFilter />
      {widgetEmbedWithArgument('checklist', list)}
    </EmbedFrame>
  );
}
