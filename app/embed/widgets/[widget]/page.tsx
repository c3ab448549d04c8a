/** /embed/widgets/<name>: one widget, chrome-less (the names are listed in lib/embed/targets.ts and README). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { oembedAlternate } from '@/lib/embed/context';
import { EMBED_WIDGETS, embedPath, isEmbedWidgetName } from '@/lib/embed/targets';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { availableIn } from '@/lib/lms/build';
import { isPlainEmbedName, WIDGET_EMBEDS } from '@/components/embed/widgetEmbeds';

type Props = { params: Promise<{ widget: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(WIDGET_EMBEDS).map((widget) => ({ widget }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { widget } = await params;
  if (!isEmbedWidgetName(widget)) return {};
  return { title: EMBED_WIDGETS[widget].title, robots: { index: false }, alternates: { types: oembedAlternate({ kind: 'widget', widget }) } };
}

export default async function EmbeddedWidgetPage({ params }: Props) {
  const { widget } = await params;
  if (!isPlainEmbedName(widget)) notFound();
  const spec = EMBED_WIDGETS[widget];
  const view = WIDGET_EMBEDS[widget];
  return (
    <EmbedFrame
      path={embedPath({ kind: 'widget', widget })}
      title={spec.title}
      kind="widget"
      sitePath={spec.sitePath}
      available={availableIn({ kind: 'widget', widget })}
    >
      <h1 className={view.titled ? 'sr-only' : 'mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white'}>{spec.title}</h1>
      <div className="text-base">{view.render('') /* no path argument */}</div>
    </EmbedFrame>
  );
}
