/**
 * oEmbed (https://oembed.com) for lessons and widgets: parse a consumer's request and build the `rich` answer whose
 * html is the iframe snippet. Pure; app/api/oembed/route.ts serves it and the static export writes it as files.
 */
import { SITE_NAME } from '../course';
import { parseEmbedOptions, withoutEmbedOptions } from './options';
import { iframeSnippet } from './snippets';
import { targetFromPath, targetHeight, targetTitle, type EmbedArguments, type EmbedTarget } from './targets';

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
};

const positiveInt = (value: string | null): number | undefined | null => {
  if (value === null || value === '') return undefined;
  return /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : null;
};

/** The embed target and options a page URL names, or null when the URL is not ours or not embeddable. */
export function resolveOembedUrl(raw: string, context: Pick<OembedContext, 'origins' | 'args'>): { target: EmbedTarget; url: URL } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!context.origins.includes(url.origin)) return null;
  const target = targetFromPath(url.pathname, context.args);
  return target ? { target, url } : null;
}

export function oembedAnswer(params: URLSearchParams, context: OembedContext): OembedAnswer {
  const format = params.get('format') ?? 'json';
  if (format === 'xml') return { status: 501, body: { error: 'Only format=json is supported.' } };
  if (format !== 'json') return { status: 501, body: { error: `Unknown format "${format.slice(0, 20)}": only json is supported.` } };
  const raw = params.get('url');
  if (!raw) return { status: 400, body: { error: 'The url parameter is missing.' } };
  const maxWidth = positiveInt(params.get('maxwidth'));
  const maxHeight = positiveInt(params.get('maxheight'));
  if (maxWidth === null || maxHeight === null) return { status: 400, body: { error: 'maxwidth and maxheight must be positive whole numbers.' } };
  const resolved = resolveOembedUrl(raw, context);
  if (!resolved) return { status: 404, body: { error: 'This URL is not a lesson or widget of this site that can be embedded.' } };
  return { status: 200, body: oembedFor(resolved.target, resolved.url.search, context, { maxWidth, maxHeight }) };
}

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
  const html = iframeSnippet({
    origin: context.siteOrigin,
    target,
    options,
    widgetQuery: withoutEmbedOptions(search),
    title,
    height,
    width: String(width),
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

/** Where the static export writes a target's pre-built answer (no maxwidth/maxheight there). */
export function oembedFilePath(target: EmbedTarget): string {
  if (target.kind === 'lesson') return `/oembed/lessons/${target.slug}.json`;
  return `/oembed/widgets/${target.widget}${target.argument ? `/${target.argument}` : ''}.json`;
}
