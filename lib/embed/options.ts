/**
 * Embed options: what an instructor picks in the embed dialog, carried in the embed URL's query (and in the
 * loader's data- attributes), parsed back by the embed page. Unknown or bad values are ignored and reported,
 * never an error: the URL was pasted by hand into someone else's page.
 */
import { isOneOf } from '../guards';
import { LAUNCH_FILTERS, type LaunchFilter } from '../checklists/types';
import { isEmbedTheme, normaliseOrigin, type EmbedTheme } from './protocol';
import { ASSIGNMENT_KEYS, assignmentParams } from '../assignment/keys';
import type { Assignment } from '../assignment/settings';

export { EMBED_THEMES, isEmbedTheme, normaliseOrigin, type EmbedTheme } from './protocol';

export type EmbedOptions = {
  /** `system` follows the host's (the reader's) colour scheme. */
  theme: EmbedTheme;
  /** Lessons only: hide the title block (the title stays for screen readers). */
  hideHeader: boolean;
  /** Responsibility quiz: show only this round. */
  round?: string;
  /** Checklist: the launch-type filter it opens with. */
  filter?: LaunchFilter;
  /** The host page's origin: messages go only there instead of to '*'. */
  parentOrigin?: string;
};

/** The query keys the embed itself reads (its options and the assignment); everything else (the chooser's answers) belongs to the widget. */
export const EMBED_OPTION_KEYS = ['theme', 'header', 'round', 'filter', 'parentOrigin', ...ASSIGNMENT_KEYS] as const;

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'system', hideHeader: false };

const ROUND_ID = /^[a-z0-9-]{1,40}$/;

export function parseEmbedOptions(query: string | URLSearchParams): { options: EmbedOptions; ignored: string[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const options: EmbedOptions = { ...DEFAULT_OPTIONS };
  const ignored: string[] = [];
  const theme = params.get('theme');
  if (theme !== null) {
    if (isEmbedTheme(theme)) options.theme = theme;
    else ignored.push('theme');
  }
  const header = params.get('header');
  if (header !== null) {
    if (header === '0' || header === '1') options.hideHeader = header === '0';
    else ignored.push('header');
  }
  const round = params.get('round');
  if (round !== null) {
    if (ROUND_ID.test(round)) options.round = round;
    else ignored.push('round');
  }
  const filter = params.get('filter');
  if (filter !== null) {
    if (isOneOf(LAUNCH_FILTERS)(filter)) options.filter = filter;
    else ignored.push('filter');
  }
  const parentOrigin = params.get('parentOrigin');
  if (parentOrigin !== null) {
    const origin = normaliseOrigin(parentOrigin);
    if (origin) options.parentOrigin = origin;
    else ignored.push('parentOrigin');
  }
  return { options, ignored };
}

/** The query string for the assignment (none for practice) and options (defaults left out), followed by the widget's own parameters (chooser answers). */
export function embedQuery(options: Partial<EmbedOptions>, widgetQuery = '', assignment?: Assignment): string {
  const params = new URLSearchParams(assignment ? assignmentParams(assignment) : []);
  if (options.theme && options.theme !== 'system') params.set('theme', options.theme);
  if (options.hideHeader) params.set('header', '0');
  if (options.round) params.set('round', options.round);
  if (options.filter && options.filter !== 'all') params.set('filter', options.filter);
  if (options.parentOrigin) params.set('parentOrigin', options.parentOrigin);
  const own = params.toString();
  const rest = withoutEmbedOptions(widgetQuery);
  const query = [own, rest].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** A query without the embed's own keys: what a widget that reads the address (the chooser) should see. */
export function withoutEmbedOptions(query: string): string {
  const params = new URLSearchParams(query);
  for (const key of EMBED_OPTION_KEYS) params.delete(key);
  return params.toString();
}
