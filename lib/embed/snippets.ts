/** The embed codes the dialog offers: a plain iframe, the one-line loader snippet, and the oEmbed URL. */
import { embedPath, type EmbedTarget } from './targets';
import { embedQuery, type EmbedOptions } from './options';
import type { Assignment } from '../assignment/settings';
import { encodeAssignment } from '../assignment/keys';
import { PLACEHOLDER_ATTRIBUTE, loaderFrameUrl } from './loader';

export type SnippetInput = {
  /** The site's origin, e.g. https://course.example.com (no trailing slash). */
  origin: string;
  target: EmbedTarget;
  options: Partial<EmbedOptions>;
  /** The widget's own query (chooser answers), without a leading '?'. */
  widgetQuery?: string;
  /** Graded or practice (lib/assignment); absent is practice. */
  assignment?: Assignment;
  title: string;
  height: number;
};

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedUrl(input: Pick<SnippetInput, 'origin' | 'target' | 'options' | 'widgetQuery' | 'assignment'>): string {
  return `${input.origin}${embedPath(input.target)}${embedQuery(input.options, input.widgetQuery, input.assignment)}`;
}

/** Works on its own: a fixed height with the frame's own scrollbar when the content is taller. */
export function iframeSnippet(input: SnippetInput & { width?: string }): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" ` +
    `width="${input.width ?? '100%'}" height="${input.height}" loading="lazy" style="border:0;max-width:100%" ` +
    `allow="clipboard-write"></iframe>`
  );
}

/**
 * A placeholder plus the loader; the loader sizes the frame to its content. The placeholder holds a plain link to
 * the same embed, so where an editor strips scripts (many LMS editors do) the reader still gets there.
 */
export function loaderSnippet(input: Omit<SnippetInput, 'height'>): string {
  const path = embedPath(input.target).replace(/^\/embed\//, '');
  const values: [string, string][] = [['data-title', input.title]];
  const { theme, hideHeader, round, filter } = input.options;
  if (theme && theme !== 'system') values.push(['data-theme', theme]);
  if (hideHeader) values.push(['data-header', '0']);
  if (round) values.push(['data-round', round]);
  if (filter && filter !== 'all') values.push(['data-filter', filter]);
  // The assignment (graded settings) travels with the widget's own query, so the script code grades as the iframe code does.
  const query = [input.assignment ? encodeAssignment(input.assignment) : '', input.widgetQuery ?? ''].filter(Boolean).join('&');
  if (query) values.push(['data-query', query]);
  const attributes = [`${PLACEHOLDER_ATTRIBUTE}="${escapeAttribute(path)}"`, ...values.map(([name, value]) => `${name}="${escapeAttribute(value)}"`)];
  const read = new Map(values);
  const link = loaderFrameUrl(input.origin, path, (name) => read.get(name) ?? null);
  return (
    `<div ${attributes.join(' ')}><a href="${escapeAttribute(link)}">${escapeAttribute(input.title)} (Containers on AWS)</a></div>` +
    `<script src="${escapeAttribute(input.origin)}/embed.js" async></script>`
  );
}

/**
 * The oEmbed answer's html: the plain iframe (its width and height within the consumer's maxwidth/maxheight) inside a
 * loader placeholder, then the loader. With scripts, embed.js keeps that frame and sizes it to its content (never
 * taller than `maxHeight`); where the consumer strips scripts, the iframe alone still works at its fixed height.
 */
export function oembedSnippet(input: SnippetInput & { width: number; maxHeight?: number }): string {
  const path = embedPath(input.target).replace(/^\/embed\//, '');
  const cap = input.maxHeight === undefined ? '' : ` data-max-height="${input.maxHeight}"`;
  return (
    `<div ${PLACEHOLDER_ATTRIBUTE}="${escapeAttribute(path)}" data-title="${escapeAttribute(input.title)}"${cap}>` +
    `${iframeSnippet({ ...input, width: String(input.width) })}</div>` +
    `<script src="${escapeAttribute(input.origin)}/embed.js" async></script>`
  );
}

export const OEMBED_ENDPOINT_PATH = '/api/oembed';

/** The oEmbed endpoint (the Node server's) for a page or embed URL. */
export function oembedUrl(origin: string, pageUrl: string): string {
  return `${origin}${OEMBED_ENDPOINT_PATH}?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export type EmbedCodes = { url: string; iframe: string; script: string; oembed: string };

/** Everything the embed dialog shows for one choice of options. */
export function embedCodes(input: SnippetInput & { pageUrl: string }): EmbedCodes {
  return { url: embedUrl(input), iframe: iframeSnippet(input), script: loaderSnippet(input), oembed: oembedUrl(input.origin, input.pageUrl) };
}
