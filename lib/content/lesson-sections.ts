/**
 * Collects each lesson section's plain text at build time (a rehype plugin run in lib/content/compile.ts), for the
 * search index. A section is an h2 or h3 and what follows it up to the next one; the text before the first heading
 * is the section "" (the top of the lesson). Code blocks and widgets are left out: search finds prose.
 */
import { isElement, isJsx, textOf, type HastNode } from './hast';

export type LessonSection = { id: string; heading: string; depth: 1 | 2 | 3; text: string };

const PROSE_COMPONENTS = new Set(['Callout', 'Question']);

export function collectSections(into: LessonSection[]) {
  return () => (tree: HastNode) => {
    let current: LessonSection = { id: '', heading: '', depth: 1, text: '' };
    into.push(current);
    const visit = (node: HastNode) => {
      if (isElement(node, 'h2', 'h3')) {
        const id = node.properties?.id;
        current = { id: typeof id === 'string' ? id : '', heading: textOf(node).trim(), depth: node.tagName === 'h2' ? 2 : 3, text: '' };
        into.push(current);
        return;
      }
      if (isElement(node, 'pre') || (isJsx(node) && !PROSE_COMPONENTS.has(node.name ?? ''))) return;
      if (node.type === 'text') current.text += node.value ?? '';
      else if (isElement(node, 'p', 'li', 'td', 'th', 'br', 'blockquote')) {
        current.text += ' ';
        node.children?.forEach(visit);
        current.text += ' ';
      } else node.children?.forEach(visit);
    };
    visit(tree);
    for (const section of into) section.text = section.text.replace(/\s+/g, ' ').trim();
    // An empty top section (a lesson that starts with a heading) is not a result anyone wants.
    if (into[0] && into[0].id === '' && !into[0].text) into.shift();
  };
}
