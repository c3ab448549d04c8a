/**
 * Numbered source notes for lesson prose (a rehype plugin run in lib/content/compile.ts, issue 28). Authors cite an
 * AWS page with `<Cite source="<id>" />` right after the claim, where `<id>` is one of the lesson's frontmatter
 * `sources`. The plugin numbers the sources in the order the lesson first cites them, turns each `<Cite>` into a
 * superscript "[n]" that points to the note, and ends every section (the text before the first `##`, each `##`
 * section, and each Callout that cites something) with one "Sources:" line listing the pages cited there, so the
 * citations no longer break sentences and every claim keeps its source. A `<Cite>` with a bad or missing `source`,
 * and a frontmatter source the lesson never cites, are problems naming the file, the line and the field.
 */
import { isElement, isJsx, textOf, type HastNode } from './hast';

export type CitableSource = { id: string; title: string; url: string };

type JsxAttribute = { type: string; name?: string; value?: unknown };
type CiteNode = HastNode & { attributes?: JsxAttribute[]; position?: { start: { line: number } } };

export const CITE_COMPONENT = 'Cite';

/** What one cited source is called in the prose and its notes: "Source 3: Fargate platform versions". */
export const citationLabel = (number: number, title: string) => `Source ${number}: ${title}`;

/** The id of note `number` in the Sources line of the container `containerId`. */
export const noteId = (containerId: string, number: number) => `${containerId}-source-${number}`;

/** A source id ("platform-linux-fargate") from a Cite's attributes, or a problem with its field. */
function citedId(node: CiteNode, known: ReadonlySet<string>, examples: string): { id?: string; problem?: string } {
  const attributes = node.attributes ?? [];
  const extra = attributes.find((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'source');
  if (extra) return { problem: `prop "${extra.type === 'mdxJsxAttribute' ? extra.name : '{...spread}'}": not a prop of <Cite>, expected only source="<id>"` };
  if ((node.children ?? []).some((child) => textOf(child).trim() || child.type !== 'text'))
    return { problem: 'expected no content: write <Cite source="<id>" /> after the claim' };
  const value = attributes.find((attribute) => attribute.name === 'source')?.value;
  if (value === undefined) return { problem: `prop "source": missing, expected the id of one of the frontmatter's sources (${examples})` };
  if (typeof value !== 'string') return { problem: `prop "source": expected a source id in quotes, such as source="${[...known][0] ?? 'id'}"` };
  if (!known.has(value)) return { problem: `prop "source": expected the id of one of the frontmatter's sources (${examples}), got "${value}"` };
  return { id: value };
}

const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode => ({ type: 'element', tagName, properties, children });
const text = (value: string): HastNode => ({ type: 'text', value });

/** The "Sources:" line that ends a section or a Callout: one entry per source cited there, in number order. */
export function sourcesLine(containerId: string, cited: readonly { number: number; source: CitableSource }[]): HastNode {
  const entries = [...cited].sort((a, b) => a.number - b.number);
  const children: HastNode[] = [element('span', { className: ['cite-sources-label'] }, [text(entries.length === 1 ? 'Source: ' : 'Sources: ')])];
  entries.forEach(({ number, source }, index) => {
    if (index > 0) children.push(text('; '));
    children.push(
      element('span', { id: noteId(containerId, number), className: ['cite-note'] }, [
        text(`[${number}] `),
        element('a', { href: source.url, rel: 'noopener noreferrer' }, [text(source.title)]),
      ]),
    );
  });
  return element('p', { className: ['cite-sources'] }, children);
}

type Container = { id: string; cited: Map<string, number> };

/**
 * The rehype plugin. `sources` are the lesson's frontmatter sources (undefined: a fragment compiled without them,
 * which may not cite); `problems` collects "file:line: ..." lines; `order` receives the source ids in number order.
 * `sourceText` (the whole file) lets a never-cited source be reported at its line in the frontmatter.
 */
export function citeSources({
  file,
  sources,
  problems,
  order,
  sourceText = '',
}: {
  file: string;
  sources?: readonly CitableSource[];
  problems: string[];
  order: string[];
  sourceText?: string;
}) {
  const byId = new Map((sources ?? []).map((source) => [source.id, source]));
  const known = new Set(byId.keys());
  const examples = known.size ? `such as "${[...known].slice(0, 3).join('", "')}"` : 'this lesson lists none';
  return () => (tree: HastNode) => {
    const numbers = new Map<string, number>();
    const numberOf = (id: string) => {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return numbers.get(id)!;
    };

    /** Replaces the Cites under `node` (in document order) and records them in `container`; Callouts get their own. */
    const visit = (node: HastNode, container: Container, callouts: { node: HastNode; container: Container }[]) => {
      const children = node.children ?? [];
      children.forEach((child, index) => {
        if (isJsx(child) && child.name === CITE_COMPONENT) {
          const cite = child as CiteNode;
          const { id, problem } = citedId(cite, known, examples);
          if (problem || !id) {
            problems.push(`${file}:${cite.position?.start.line ?? 1}: <Cite>: ${problem}`);
            children[index] = text('');
            return;
          }
          const number = numberOf(id);
          container.cited.set(id, number);
          const label = citationLabel(number, byId.get(id)!.title);
          children[index] = element('sup', { className: ['cite'] }, [
            element('a', { href: `#${noteId(container.id, number)}`, ariaLabel: label, title: label }, [text(`[${number}]`)]),
          ]);
          return;
        }
        if (isJsx(child) && child.name === 'Callout') {
          const inner = { id: `${container.id}-note${callouts.length ? `-${callouts.length + 1}` : ''}`, cited: new Map<string, number>() };
          callouts.push({ node: child, container: inner });
          visit(child, inner, []);
          return;
        }
        visit(child, container, callouts);
      });
    };

    // Split the top level into sections at each h2 (the text before the first one is the section "intro").
    const top = tree.children ?? [];
    const out: HastNode[] = [];
    let section: HastNode[] = [];
    let sectionId = 'intro';
    const flush = () => {
      const container: Container = { id: sectionId, cited: new Map() };
      const callouts: { node: HastNode; container: Container }[] = [];
      const holder: HastNode = { type: 'root', children: section };
      visit(holder, container, callouts);
      for (const callout of callouts) {
        if (callout.container.cited.size)
          callout.node.children = [...(callout.node.children ?? []), sourcesLine(callout.container.id, cite(callout.container))];
      }
      out.push(...(holder.children ?? []));
      if (container.cited.size) out.push(sourcesLine(container.id, cite(container)));
    };
    const cite = (container: Container) => [...container.cited].map(([id, number]) => ({ number, source: byId.get(id)! }));
    for (const node of top) {
      if (isElement(node, 'h2')) {
        flush();
        section = [node];
        sectionId = typeof node.properties?.id === 'string' ? node.properties.id : `section-${out.length}`;
      } else section.push(node);
    }
    flush();
    tree.children = out;

    order.push(...[...numbers].sort((a, b) => a[1] - b[1]).map(([id]) => id));
    (sources ?? []).forEach((source, index) => {
      if (numbers.has(source.id)) return;
      const line = sourceText.split('\n').findIndex((row) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${source.id}["']?\\s*$`).test(row)) + 1;
      problems.push(
        `${file}${line ? `:${line}` : ''}: frontmatter field "sources.${index}" ("${source.id}"): never cited: cite it with <Cite source="${source.id}" /> after the claim it supports, or remove it`,
      );
    });
  };
}
