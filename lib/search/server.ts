/**
 * The search index on the server, for the /search page, built once per process. Under `next start` it reads the
 * documents that the build already prerendered for /search-index.json (Next keeps a prerendered route handler's
 * body at .next/server/app/<route>.body, the layout scripts/export-map.ts relies on too), so a first search never
 * recompiles the seven lessons at request time. Without that file (`next dev`) it gathers them from the content.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { searchDocuments } from './documents';
import { createSearchIndex, type SearchIndex } from './query';
import type { SearchDocument } from './types';

const PRERENDERED = path.join(process.cwd(), '.next', 'server', 'app', 'search-index.json.body');

/** The documents the build prerendered for /search-index.json, or null without a build (`next dev`, scripts). */
export async function prerenderedSearchDocuments(): Promise<SearchDocument[] | null> {
  try {
    return JSON.parse(await fs.promises.readFile(PRERENDERED, 'utf8')) as SearchDocument[];
  } catch {
    return null;
  }
}

async function documents(): Promise<SearchDocument[]> {
  return (await prerenderedSearchDocuments()) ?? searchDocuments();
}

let pending: Promise<SearchIndex> | undefined;

export function serverSearchIndex(): Promise<SearchIndex> {
  pending ??= documents().then(createSearchIndex);
  return pending;
}
