/** Server-only: what the pure embed modules need from the content (lesson titles, checklist ids) and the config. */
import 'server-only';
import { CHECKLIST_IDS } from '../checklists/types';
import { getLessons } from '../content/lessons';
import { getChecklist } from '../checklists/load';
import { LESSON_SLUGS, siteUrl } from '../course';
import type { OembedContext } from './oembed';
import { embedUrl, oembedUrl } from './snippets';
import { allRounds } from '../quiz/matrix';
import { EMBED_WIDGETS, type EmbedArguments, type EmbedTarget, type EmbedWidgetSpec, type EmbedWidgetName } from './targets';

export const EMBED_ARGUMENTS: EmbedArguments = { checklist: CHECKLIST_IDS, lesson: LESSON_SLUGS };

/** Titles for targetTitle(): lessons by slug, checklists as `checklist/<id>`, check-ups as `check-up/<slug>`. */
export function lessonTitles(): Record<string, string> {
  return {
    ...Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title])),
    ...Object.fromEntries(CHECKLIST_IDS.map((id) => [`checklist/${id}`, getChecklist(id).title])),
    ...Object.fromEntries(getLessons().map((lesson) => [`check-up/${lesson.slug}`, `Check-up: ${lesson.title}`])),
  };
}

export function oembedContext(requestOrigin?: string): OembedContext {
  const siteOrigin = siteUrl();
  return {
    origins: requestOrigin ? [siteOrigin, requestOrigin] : [siteOrigin],
    siteOrigin,
    args: EMBED_ARGUMENTS,
    lessonTitles: lessonTitles(),
    rounds: allRounds().map((round) => round.id),
  };
}

/** Every embeddable target: each lesson, each widget (each checklist). */
export function allEmbedTargets(): EmbedTarget[] {
  const widgets = (Object.entries(EMBED_WIDGETS) as [EmbedWidgetName, EmbedWidgetSpec][]).flatMap(([widget, spec]) =>
    spec.argument ? EMBED_ARGUMENTS[spec.argument].map((argument) => ({ kind: 'widget' as const, widget, argument })) : [{ kind: 'widget' as const, widget }],
  );
  return [...getLessons().map((lesson) => ({ kind: 'lesson' as const, slug: lesson.slug })), ...widgets];
}

/** One discovery link: Next renders it as `<link rel="alternate" type="application/json+oembed" href title>`. */
export type OembedLink = { url: string; title?: string };

/**
 * The oEmbed discovery link for a page (Next metadata `alternates.types`): the Node server's endpoint, asked about the
 * page's embed (and its round), so a consumer's maxwidth/maxheight are honoured. The static export, where no endpoint
 * runs, rewrites it to the file the build wrote for the same embed (scripts/export-map.ts, staticOembedHref).
 * Several targets (the checklists page shows three lists) give one link each, titled; a consumer takes the first.
 */
export function oembedAlternate(...items: (EmbedTarget | { target: EmbedTarget; round?: string; title?: string })[]): Record<string, OembedLink[]> {
  const origin = siteUrl();
  const links = items.map((item) => {
    const { target, round, title } = 'kind' in item ? { target: item, round: undefined, title: undefined } : item;
    const url = embedUrl({ origin, target, options: round ? { round } : {} });
    return { url: oembedUrl(origin, url), ...(title ? { title } : {}) };
  });
  return { 'application/json+oembed': links };
}
