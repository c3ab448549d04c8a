/** The glossary page's filter (components/glossary/GlossaryFilter.tsx): which terms a typed query keeps. */

export type FilterableTerm = { id: string; term: string; phrases: readonly string[] };

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The ids of the terms that match, in the given order: every word of the query must start a word of the term or of
 * one of the phrases that mark it in lessons ("exec role" finds "task execution role", "alb" finds the Application
 * Load Balancer). An empty query keeps every term.
 */
export function filterTerms(query: string, terms: readonly FilterableTerm[]): string[] {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return terms.map((term) => term.id);
  return terms
    .filter((term) => {
      const names = [term.term, ...term.phrases].map((name) =>
        fold(name)
          .split(/[^a-z0-9]+/)
          .filter(Boolean),
      );
      return names.some((nameWords) => words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word))));
    })
    .map((term) => term.id);
}
