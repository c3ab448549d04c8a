/** Server-only: what the pure embed modules need from the content (lesson titles, checklist ids) and the config. */
import { CHECKLIST_IDS } from '../checklists/types';
import { getLessons } from '../content/lessons';
import { getChecklist } from '../checklists/load';
import { siteUrl } from '../course';
import { oembedFilePath, type OembedContext } from './oembed';
import { oembedUrl } from './snippets';
import { EMBED_WIDGETS, type EmbedArguments, type EmbedTarget, type EmbedWidgetSpec, type EmbedWidgetName } from './targets';

export const EMBED_ARGUMENTS: EmbedArguments = { checklist: CHECKLIST_IDS };

/** Titles for targetTitle(): lessons by slug, checklists as `checklist/<id>`. */
export function lessonTitles(): Record<string, string> {
  return {
    ...Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title])),
    ...Object.fromEntries(CHECKLIST_IDS.map((id) => [`checklist/${id}`, getChecklist(id).title])),
  };
}

export function oembedContext(requestOrigin?: string): OembedContext {
  const siteOrigin = siteUrl();
  return { origins: requestOrigin ? [siteOrigin, requestOrigin] : [siteOrigin], siteOrigin, args: EMBED_ARGUMENTS, lessonTitles: lessonTitles() };
}

/** Every embeddable target: each lesson, each widget (each checklist). */
export function allEmbedTargets(): EmbedTarget[] {
  const widgets = (Object.entries(EMBED_WIDGETS) as [EmbedWidgetName, EmbedWidgetSpec][]).flatMap(([widget, spec]) =>
    spec.argument ? EMBED_ARGUMENTS[spec.argument].map((argument) => ({ kind: 'widget' as const, widget, argument })) : [{ kind: 'widget' as const, widget }],
  );
  return [...getLessons().map((lesson) => ({ kind: 'lesson' as const, slug: lesson.slug })), ...widgets];
}

/**
 * The oEmbed discovery link for a page (Next metadata `alternates.types`): the live endpoint on the Node server,
 * the pre-written file in the static export (NEXT_OUTPUT=export), where no endpoint runs.
 */
export function oembedAlternate(target: EmbedTarget, pagePath: string): Record<string, string> {
  const origin = siteUrl();
  const href = process.env.NEXT_OUTPUT === 'export' ? `${origin}${oembedFilePath(target)}` : oembedUrl(origin, `${origin}${pagePath}`);
  return { 'application/json+oembed': href };
}
