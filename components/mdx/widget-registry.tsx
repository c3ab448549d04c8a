/**
 * Every widget's server part (components/<widget>/widget.server.tsx): what each tag renders in a lesson and what each
 * embed page shows. Nothing lists them: each is imported from the folder its descriptor names (lib/widget-catalogue.ts
 * is the one list), and a widget whose folder has no server part for it fails the build naming the file. Each view
 * was typed against its own descriptor in its file (`satisfies WidgetServerPart<typeof descriptor>`); each loads and
 * validates its data at build time and hands it to the widget's lazily loaded client code (the folder's lazy.tsx).
 * Embed pages of lessons render the lesson views as they are; the site's lessons add an Embed button
 * (components/mdx/MDXComponents.tsx).
 */
import type { ComponentType } from 'react';
import type { WidgetEmbedView, WidgetServerPart } from '@/lib/widget-descriptor';
import { WIDGETS, type Widget } from '@/lib/widget-catalogue';
import type { WidgetName, WidgetProps } from '@/lib/widgets';

/** The server part of one widget, from its folder's widget.server.tsx (one export per descriptor of that folder). */
export async function serverPartOf(widget: { tag: string; folder: string }): Promise<WidgetServerPart> {
  const file = `components/${widget.folder}/widget.server.tsx`;
  let exported: Record<string, unknown>;
  try {
    // A template import: bundlers include every components/*/widget.server.tsx, so nothing lists them by hand.
    exported = await import(`../${widget.folder}/widget.server.tsx`);
  } catch (error) {
    const missing = /Cannot find module|Failed to load url|Failed to resolve import|Unknown variable dynamic import/i.test(String((error as Error)?.message));
    if (!missing) throw error;
    throw new Error(`${file}: missing: the widget <${widget.tag} /> (folder "${widget.folder}" in its widget.ts) needs its server part here`);
  }
  const part = Object.values(exported).find((value): value is WidgetServerPart => (value as WidgetServerPart | null)?.descriptor === widget);
  if (!part) throw new Error(`${file}: expected an export { descriptor, LessonView, embed } whose descriptor is the one of <${widget.tag} />, found none`);
  return part;
}

/** The server parts in the order of the widget list. */
export const WIDGET_SERVER_PARTS: readonly WidgetServerPart[] = await Promise.all(WIDGETS.map(serverPartOf));

export type WidgetViews = { [N in WidgetName]: ComponentType<WidgetProps<N>> };

/**
 * What each author-placed tag renders in a lesson. Each view was checked against its own descriptor's props in its
 * file (`satisfies WidgetServerPart<...>`), which TypeScript cannot carry through Object.fromEntries.
 */
export const widgetViews = Object.fromEntries(
  WIDGET_SERVER_PARTS.flatMap((part) => (part.LessonView ? [[part.descriptor.tag, part.LessonView]] : [])),
) as unknown as WidgetViews;

/** What each /embed/widgets/<name>[/<argument>] page shows, by embed name. */
export const widgetEmbedViews = Object.fromEntries(WIDGET_SERVER_PARTS.map((part) => [part.descriptor.embed.name, part.embed])) as Record<
  Widget['embed']['name'],
  WidgetEmbedView
>;
