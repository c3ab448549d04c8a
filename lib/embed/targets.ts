/**
 * Everything an instructor can embed, as data: the lessons and one entry per widget, derived from the widgets'
 * descriptors (lib/widget-catalogue.ts). The embed routes, the embed dialog, the loader's paths, oEmbed and SCORM
 * packages all read this registry.
 * No React and no content loading: the browser imports it (the dialog), so lists of ids come in as arguments.
 */
import { LESSON_SLUGS, isLessonSlug } from '../course';
import { WIDGETS, type ResultKind, type Widget } from '../widget-catalogue';

/** Which options of lib/embed/options.ts a widget understands (theme is understood by everything). */
export type EmbedOptionName = 'round' | 'answers' | 'filter' | 'hideHeader';

export type EmbedWidgetSpec = {
  title: string;
  /** The site page a reader of the embed may open (links out, xAPI object ids point at the embed URL itself). */
  sitePath: string;
  /** The lesson its results are recorded against. */
  lesson: string;
  /** Whether a finished attempt is graded (xAPI verb passed/failed) or only completed (verb completed). */
  graded: boolean;
  /** The `widget` field of the results it records (lib/results.ts); '' when it records none. */
  resultWidget: ResultKind | '';
  options: readonly EmbedOptionName[];
  /** A path argument after the name (`checklist/<list-id>`, `check-up/<lesson-slug>`); its allowed values are given by the caller. */
  argument?: keyof EmbedArguments;
  /** Height in CSS pixels for the plain iframe snippet (the loader sizes the frame to its content instead). */
  height: number;
};

/** The embed target of every widget, by its embed name (`responsibility-quiz`), from its descriptor. */
export const EMBED_WIDGETS = Object.fromEntries(
  WIDGETS.map(({ embed, graded, result }) => {
    const spec: EmbedWidgetSpec = {
      title: embed.title,
      sitePath: embed.sitePath,
      lesson: embed.lesson,
      graded,
      resultWidget: result ?? '',
      options: embed.options,
      height: embed.height,
    };
    return [embed.name, 'argument' in embed ? { ...spec, argument: embed.argument.values } : spec];
  }),
) as Record<EmbedWidgetName, EmbedWidgetSpec>;

export type EmbedWidgetName = Widget['embed']['name'];

export function isEmbedWidgetName(value: string): value is EmbedWidgetName {
  return Object.prototype.hasOwnProperty.call(EMBED_WIDGETS, value);
}

export type EmbedTarget = { kind: 'lesson'; slug: string } | { kind: 'widget'; widget: EmbedWidgetName; argument?: string };

/** Allowed values for path arguments, from the content (the server passes them in). */
export type EmbedArguments = { checklist: readonly string[]; lesson: readonly string[] };

export const LESSON_EMBED_HEIGHT = 1200;

/** A responsibility-quiz round's own page on the site (`/quiz/responsibility/<round>`): the quiz showing that round. */
export function quizRoundPagePath(round: string): string {
  return `${EMBED_WIDGETS['responsibility-quiz'].sitePath}/${round}`;
}

/** The chrome-less route for a target: `/embed/lessons/<slug>` or `/embed/widgets/<name>[/<argument>]`. */
export function embedPath(target: EmbedTarget): string {
  if (target.kind === 'lesson') return `/embed/lessons/${target.slug}`;
  return `/embed/widgets/${target.widget}${target.argument ? `/${target.argument}` : ''}`;
}

/** Parse a path of the site into an embed target; null when it is not embeddable (or not ours). */
export function targetFromPath(pathname: string, args: EmbedArguments): EmbedTarget | null {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decodeSegment);
  if (parts.some((part) => part === null)) return null;
  const segments = parts as string[];
  const [first, ...rest] = segments[0] === 'embed' ? segments.slice(1) : segments;
  if (first === 'lessons' && rest.length === 1) {
    const slug = rest[0].replace(/\.html$/, '');
    return isLessonSlug(slug) ? { kind: 'lesson', slug } : null;
  }
  if (segments[0] === 'embed' && first === 'widgets' && rest.length >= 1 && isEmbedWidgetName(rest[0])) {
    const widget = rest[0];
    const spec: EmbedWidgetSpec = EMBED_WIDGETS[widget];
    if (spec.argument) {
      return rest.length === 2 && args[spec.argument].includes(rest[1]) ? { kind: 'widget', widget, argument: rest[1] } : null;
    }
    return rest.length === 1 ? { kind: 'widget', widget } : null;
  }
  // Site pages that are one widget: the embed of that widget.
  if (segments[0] !== 'embed') {
    const path = `/${segments.join('/').replace(/\.html$/, '')}`;
    const page = Object.entries(EMBED_WIDGETS).find(([, spec]) => !('argument' in spec) && spec.sitePath === path);
    if (page) return { kind: 'widget', widget: page[0] as EmbedWidgetName };
  }
  return null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `titles` holds lesson titles by slug and argument titles as `<widget>/<argument>` (checklist/control-plane). */
export function targetTitle(target: EmbedTarget, titles: Readonly<Record<string, string>>): string {
  if (target.kind === 'lesson') return titles[target.slug] ?? target.slug;
  const spec: EmbedWidgetSpec = EMBED_WIDGETS[target.widget];
  return target.argument ? (titles[`${target.widget}/${target.argument}`] ?? `${spec.title}: ${target.argument}`) : spec.title;
}

export function targetHeight(target: EmbedTarget): number {
  return target.kind === 'lesson' ? LESSON_EMBED_HEIGHT : EMBED_WIDGETS[target.widget].height;
}

export function targetOptions(target: EmbedTarget): readonly EmbedOptionName[] {
  return target.kind === 'lesson' ? ['hideHeader'] : EMBED_WIDGETS[target.widget].options;
}

/** The result `widget` names that are graded: a lesson embed reports the results of the widgets in it. */
export function gradedResultWidgets(): ResultKind[] {
  return WIDGETS.flatMap((widget) => (widget.graded && widget.result ? [widget.result] : []));
}

export { LESSON_SLUGS };
