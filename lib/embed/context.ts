/** Server-only: what the pure embed modules need from the content (lesson titles, checklist ids) and the config. */
import 'server-only';
import { CHECKLIST_IDS } from '../checklists/types';
import { getLessons } from '../content/lessons';
import { getChecklist } from '../checklists/load';
import { siteUrl } from '../course';
import { oembedFilePath, type OembedContext } from './oembed';
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
 * The oEmbed discovery link for a page (Next metadata `alternates.types`): the pre-written answer file, which the
 * Node server and the static export (built from the same pages) both serve. /api/oembed, on the Node server only,
 * answers for any URL with maxwidth/maxheight.
 */
export function oembedAlternate(target: EmbedTarget): Record<string, string> {
  return { 'application/json+oembed': `${siteUrl()}${oembedFilePath(target)}` };
}
