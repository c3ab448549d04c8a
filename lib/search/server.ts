/** The search index on the server, for the /search page: built once per process from the same documents. */
import { searchDocuments } from './documents';
import { createSearchIndex, type SearchIndex } from './query';

let pending: Promise<SearchIndex> | undefined;

export function serverSearchIndex(): Promise<SearchIndex> {
  pending ??= searchDocuments().then(createSearchIndex);
  return pending;
}
