/** /embed/widgets/check-up/<lesson-slug>: one lesson's check-up, chrome-less; results are posted to the host page. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLessons } from '@/lib/content/lessons';
import { oembedAlternate } from '@/lib/embed/context';
import { embedPath } from '@/lib/embed/targets';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { widgetEmbedWithArgument } from '@/components/embed/widgetEmbeds';

type Props = { params: Promise<{ lesson: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ lesson: lesson.slug }));
}

const lessonTitle = (slug: string) => getLessons().find((lesson) => lesson.slug === slug)?.title;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lesson } = await params;
  const title = lessonTitle(lesson);
  if (!title) return {};
  return {
    title: `Check-up: ${title}`,
    robots: { index: false },
    alternates: { types: oembedAlternate({ kind: 'widget', widget: 'check-up', argument: lesson }) },
  };
}

export default async function EmbeddedCheckUpPage({ params }: Props) {
  const { lesson } = await params;
  const title = lessonTitle(lesson);
  if (!title) notFound();
  const target = { kind: 'widget', widget: 'check-up', argument: lesson } as const;
  return (
    <EmbedFrame
      path={embedPath(target)}
      title={`Check-up: ${title}`}
      kind="widget"
      sitePath={`/lessons/${lesson}#check-yourself`}
      available={{ checkUp: true, rounds: [] }}
    >
      <h1 className="mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">Check-up: {title}</h1>
      {widgetEmbedWithArgument('check-up', lesson)}
    </EmbedFrame>
  );
}
