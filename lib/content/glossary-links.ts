/**
 * Links glossary terms in lesson prose at build time (a rehype plugin run in lib/content/compile.ts): the first use
 * of a term in each section (h2/h3) becomes a link to /glossary#<id>, which the lesson renders as a term with its
 * definition in a popover (components/mdx/GlossaryTerm.tsx). Never inside headings, code, links or widgets; a
 * term the author already linked in a section is not linked again there.
 */
import { isElement, isJsx, type HastNode } from './hast';

export type LinkableTerm = { id: string; phrases: readonly string[] };

/** Prose components whose children are lesson text; every other JSX element is a widget and left alone. */
const PROSE_COMPONENTS = new Set(['Callout', 'Question']);
const SKIPPED_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'script', 'style', 'svg'];
const GLOSSARY_HREF = /^\/glossary#([a-z0-9-]+)$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function glossaryIdOf(href: unknown): string | undefined {
  return typeof href === 'string' ? href.match(GLOSSARY_HREF)?.[1] : undefined;
}

/** One regular expression for every phrase, longest first so "task execution role" wins over "task role". */
export function termMatcher(terms: readonly LinkableTerm[]): { pattern: RegExp | undefined; idOf: (phrase: string) => string | undefined } {
  const byPhrase = new Map<string, string>();
  for (const term of terms) for (const phrase of term.phrases) byPhrase.set(phrase.toLowerCase(), term.id);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const pattern = phrases.length ? new RegExp(`(?<![\\w-])(${phrases.map(escape).join('|')})(?:e?s)?(?![\\w-])`, 'gi') : undefined;
  return { pattern, idOf: (phrase) => byPhrase.get(phrase.toLowerCase()) };
}

type Visitor = { onSection: () => void; onGlossaryLink: (id: string) => void; onText?: (parent: HastNode, index: number) => number };

/** Walks prose in document order; onText may replace the text node and returns how many nodes it now spans. */
function walk(node: HastNode, visitor: Visitor) {
  const children = node.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (isElement(child, ...SKIPPED_TAGS)) {
      if (isElement(child, 'h2', 'h3')) visitor.onSection();
      const id = isElement(child, 'a') ? glossaryIdOf(child.properties?.href) : undefined;
      if (id) visitor.onGlossaryLink(id);
      continue;
    }
    if (isJsx(child) && !PROSE_COMPONENTS.has(child.name ?? '')) continue;
    if (child.type === 'text' && visitor.onText) index += visitor.onText(node, index) - 1;
    else walk(child, visitor);
  }
}

export function linkGlossaryTerms(terms: readonly LinkableTerm[]) {
  const { pattern, idOf } = termMatcher(terms);
  return () => (tree: HastNode) => {
    if (!pattern) return;
    // Pass 1: the terms each section already links by hand.
    const linkedByAuthor: Set<string>[] = [new Set()];
    walk(tree, { onSection: () => linkedByAuthor.push(new Set()), onGlossaryLink: (id) => linkedByAuthor.at(-1)!.add(id) });
    // Pass 2: link the first unlinked use of each term per section.
    let section = 0;
    let used = new Set(linkedByAuthor[0]);
    walk(tree, {
      onSection: () => {
        section += 1;
        used = new Set(linkedByAuthor[section]);
      },
      onGlossaryLink: () => {},
      onText: (parent, index) => {
        const value = parent.children![index].value ?? '';
        const parts: HastNode[] = [];
        let last = 0;
        for (const match of value.matchAll(pattern)) {
          const id = idOf(match[1]);
          if (!id || used.has(id)) continue;
          used.add(id);
          if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
          parts.push({ type: 'element', tagName: 'a', properties: { href: `/glossary#${id}` }, children: [{ type: 'text', value: match[0] }] });
          last = match.index + match[0].length;
        }
        if (parts.length === 0) return 1;
        if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
        parent.children!.splice(index, 1, ...parts);
        return parts.length;
      },
    });
  };
}
