/**
 * The search engine, shared by the dialog (in the browser) and the /search page (on the server): MiniSearch over
 * the documents from lib/search/documents.ts, prefix matching and typo tolerance, results grouped by lesson with
 * a short excerpt whose matched words are marked. No zod and nothing server-only: the browser imports this.
 *
 * Why MiniSearch over documents built at build time, with the index built on first open (measured 2026-12-01 on
 * the course's 170 documents, gzip -6): Pagefind needs 73 KB (its script and wasm) before any index chunk;
 * MiniSearch's serialised index with the text for excerpts is 72.7 KB, 32.9 KB without it (plus the text again);
 * FlexSearch's export is 167 KB. The documents are 40.5 KB and MiniSearch 5.9 KB, within the 60 KB budget, and
 * indexing them takes about 30 ms once; a query then takes well under a millisecond (median).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchDocument } from './types';

export type ExcerptPart = { text: string; match: boolean };
export type SearchHit = { id: string; title: string; url: string; excerpt: ExcerptPart[] };
export type SearchGroup = { label: string; hits: SearchHit[] };

/** Groups that are not lessons; they follow the lesson groups, whatever their scores. */
export const REFERENCE_GROUPS = ['Glossary', 'Security checklists', 'Launch-type chooser', 'Self-quiz questions'];

export type SearchIndex = { engine: MiniSearch<SearchDocument>; documents: Map<string, SearchDocument> };

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    searchOptions: {
      boost: { title: 3 },
      combineWith: 'AND',
      // Typo tolerance (one edit in five letters) only for words long enough to have typos, and prefix matching
      // so "exec" finds "execution": both kept narrow so a query stays well under 50 ms.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 3,
    },
  });
  engine.addAll(documents as SearchDocument[]);
  return { engine, documents: new Map(documents.map((document) => [document.id, document])) };
}

/** Up to `radius` characters either side of the first matched word, cut at word boundaries, matches marked. */
export function excerpt(text: string, words: readonly string[], radius = 90): ExcerptPart[] {
  const pattern = words.length
    ? new RegExp(
        `\\b(${[...words]
          .sort((a, b) => b.length - a.length)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|')})`,
        'gi',
      )
    : undefined;
  const first = pattern ? text.search(pattern) : -1;
  let start = Math.max(0, (first < 0 ? 0 : first) - radius);
  let end = Math.min(text.length, (first < 0 ? 0 : first) + radius * 2);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const slice = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  if (!pattern) return [{ text: slice, match: false }];
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of slice.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: slice.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < slice.length) parts.push({ text: slice.slice(last), match: false });
  return parts;
}

export function countHits(groups: readonly SearchGroup[]): number {
  return groups.reduce((sum, group) => sum + group.hits.length, 0);
}

/** Every group keeps its best `perGroup` hits, so reference groups still show when many lessons match. */
export function runSearch(index: SearchIndex, query: string, { perGroup = 3 } = {}): SearchGroup[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const results: SearchResult[] = index.engine.search(trimmed);
  const groups = new Map<string, { best: number; hits: SearchHit[] }>();
  for (const result of results) {
    const document = index.documents.get(String(result.id));
    if (!document) continue;
    const group = groups.get(document.group) ?? { best: result.score, hits: [] };
    groups.set(document.group, group);
    if (group.hits.length >= perGroup) continue;
    group.hits.push({ id: document.id, title: document.title, url: document.url, excerpt: excerpt(document.text, result.terms) });
  }
  const isReference = (label: string) => REFERENCE_GROUPS.includes(label);
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => Number(isReference(a)) - Number(isReference(b)) || y.best - x.best)
    .map(([label, group]) => ({ label, hits: group.hits }));
}
