/**
 * oEmbed (https://oembed.com) for lessons and widgets: parse a consumer's request and build the `rich` answer whose
 * html is a plain iframe that embed.js sizes to its content. Pure; app/api/oembed/route.ts serves it on the Node
 * server, app/oembed/[...path] writes it as files for the static export.
 */
import { SITE_NAME } from '../course';
import { parseEmbedOptions, withoutEmbedOptions } from './options';
import { OEMBED_ENDPOINT_PATH, oembedSnippet } from './snippets';
import { quizRoundPagePath, targetFromPath, targetHeight, targetTitle, type EmbedArguments, type EmbedTarget } from './targets';
import { parseAssignmentQuery, type AssignmentPart } from '../assignment/settings';

export const OEMBED_CACHE_AGE = 86_400;
export const DEFAULT_OEMBED_WIDTH = 800;

export type OembedRich = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
};

export type OembedAnswer = { status: 200; body: OembedRich } | { status: 400 | 404 | 501; body: { error: string } };

export type OembedContext = {
  /** Origins whose URLs are ours: the configured site URL and the one the request came to. */
  origins: readonly string[];
  /** The origin embed codes point at. */
  siteOrigin: string;
  args: EmbedArguments;
  lessonTitles: Readonly<Record<string, string>>;
  /** The responsibility quiz's round ids: a round's own page (`/quiz/responsibility/<round>`) is that round's embed. */
  rounds?: readonly string[];
};

/** The oEmbed request parameters (https://oembed.com, section 2.2); anything else in the query is ignored. */
export const OEMBED_PARAMETERS = ['url', 'maxwidth', 'maxheight', 'format'] as const;
/** Longer page URLs are refused: ours are far shorter, and the answer echoes the query into the html. */
export const MAX_OEMBED_URL_LENGTH = 2048;

const positiveInt = (value: string | null): number | undefined | null => {
  if (value === null || value === '') return undefined;
  return /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : null;
};

const QUIZ = 'responsibility-quiz' as const;

/** The embed target and options a page URL names, or null when the URL is not ours or not embeddable. */
export function resolveOembedUrl(raw: string, context: Pick<OembedContext, 'origins' | 'args' | 'rounds'>): { target: EmbedTarget; url: URL } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!context.origins.includes(url.origin)) return null;
  const target = targetFromPath(url.pathname, context.args);
  if (target) return { target, url };
  // A quiz round's own page: the quiz embed showing that round.
  const round = roundOfPagePath(url.pathname);
  if (round === null || !context.rounds?.includes(round)) return null;
  url.searchParams.set('round', round);
  return { target: { kind: 'widget', widget: QUIZ }, url };
}

/** The round id of a round page path (`/quiz/responsibility/<round>`), or null. */
export function roundOfPagePath(pathname: string): string | null {
  const prefix = quizRoundPagePath('');
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname
    .slice(prefix.length)
    .replace(/\/+$/, '')
    .replace(/\.html$/, '');
  return /^[a-z0-9-]{1,40}$/.test(rest) ? rest : null;
}

export function oembedAnswer(params: URLSearchParams, context: OembedContext): OembedAnswer {
  const format = params.get('format') ?? 'json';
  if (format === 'xml') return { status: 501, body: { error: 'Only format=json is supported.' } };
  if (format !== 'json') return { status: 501, body: { error: `Unknown format "${format.slice(0, 20)}": only json is supported.` } };
  const repeated = OEMBED_PARAMETERS.find((name) => params.getAll(name).length > 1);
  if (repeated) return { status: 400, body: { error: `The ${repeated} parameter is given more than once.` } };
  const raw = params.get('url');
  if (!raw) return { status: 400, body: { error: 'The url parameter is missing.' } };
  if (raw.length > MAX_OEMBED_URL_LENGTH) return { status: 400, body: { error: `The url parameter is longer than ${MAX_OEMBED_URL_LENGTH} characters.` } };
  const maxWidth = positiveInt(params.get('maxwidth'));
  const maxHeight = positiveInt(params.get('maxheight'));
  if (maxWidth === null || maxHeight === null) return { status: 400, body: { error: 'maxwidth and maxheight must be positive whole numbers.' } };
  const resolved = resolveOembedUrl(raw, context);
  if (!resolved) return { status: 404, body: { error: 'This URL is not a lesson or widget of this site that can be embedded.' } };
  return { status: 200, body: oembedFor(resolved.target, resolved.url.search, context, { maxWidth, maxHeight }) };
}

/** What a graded assignment counts by default for a target, when its embed URL says graded but not what. */
function defaultParts(target: EmbedTarget): AssignmentPart[] {
  return target.kind === 'widget' && target.widget === QUIZ ? ['quiz'] : ['check-up'];
}

/**
 * The `rich` answer for a target and the query of the URL asked about: the embed options (theme, round, filter,
 * header), the assignment (graded settings, validated as the embed page reads them) and the widget's own query (the
 * chooser's preset answers) all go into the frame's URL. Width and height stay within maxwidth/maxheight, and so
 * do the iframe's attributes and, once embed.js sizes it, the frame.
 */
export function oembedFor(
  target: EmbedTarget,
  search: string,
  context: Pick<OembedContext, 'siteOrigin' | 'lessonTitles'>,
  limits: { maxWidth?: number; maxHeight?: number } = {},
): OembedRich {
  const title = targetTitle(target, context.lessonTitles);
  const width = Math.min(DEFAULT_OEMBED_WIDTH, limits.maxWidth ?? Infinity);
  const height = Math.min(targetHeight(target), limits.maxHeight ?? Infinity);
  const { options } = parseEmbedOptions(search);
  // The frame posts to the page that embeds it, whichever that is: a parentOrigin would be the oEmbed consumer's guess.
  delete options.parentOrigin;
  const { assignment } = parseAssignmentQuery(search, defaultParts(target));
  const html = oembedSnippet({
    origin: context.siteOrigin,
    target,
    options,
    assignment,
    widgetQuery: withoutEmbedOptions(search),
    title,
    height,
    width,
    maxHeight: limits.maxHeight,
  });
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: `${context.siteOrigin}/`,
    cache_age: OEMBED_CACHE_AGE,
    html,
    width,
    height,
  };
}

/**
 * Where the build writes a target's answer as a file (the static export's oEmbed: no maxwidth/maxheight there).
 * A quiz round has its own file, `/oembed/widgets/responsibility-quiz/<round>.json` (the quiz takes no path argument).
 */
export function oembedFilePath(target: EmbedTarget, round?: string): string {
  if (target.kind === 'lesson') return `/oembed/lessons/${target.slug}.json`;
  const argument = target.argument ?? (target.widget === QUIZ ? round : undefined);
  return `/oembed/widgets/${target.widget}${argument ? `/${argument}` : ''}.json`;
}

/**
 * The static export's discovery href for a page's dynamic one (`<origin>/api/oembed?url=<embed URL>&format=json`,
 * lib/embed/context.ts oembedAlternate): the file the build wrote for the same embed. Null for anything else.
 */
export function staticOembedHref(href: string): string | null {
  let endpoint: URL;
  let embed: URL;
  try {
    endpoint = new URL(href);
    embed = new URL(endpoint.searchParams.get('url') ?? '');
  } catch {
    return null;
  }
  if (endpoint.pathname !== OEMBED_ENDPOINT_PATH || embed.origin !== endpoint.origin) return null;
  const match = /^\/embed\/(lessons\/[a-z0-9-]+|widgets\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)$/.exec(embed.pathname);
  if (!match) return null;
  const round = embed.searchParams.get('round');
  const tail = match[1].startsWith(`widgets/${QUIZ}`) && round && /^[a-z0-9-]{1,40}$/.test(round) ? `${match[1]}/${round}` : match[1];
  return `${endpoint.origin}/oembed/${tail}.json`;
}
