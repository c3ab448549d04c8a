/** Compiles one lesson's MDX with mdx-bundler at build time, checks its widget props and collects its table of contents. */
import 'server-only';
import fs from 'node:fs';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeHighlight from 'rehype-highlight';
import { common } from 'lowlight';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import { ContentError, displayPath } from './errors';
import { getLessonMeta, type CompiledLesson, type Heading } from './lessons';
import { checkWidgetProps } from './widget-props';
import { textOf, type HastNode } from './hast';
import { labelTableCells } from './table-cards';
import { collectSections, type LessonSection } from './lesson-sections';
import { linkGlossaryTerms, type LinkableTerm } from './glossary-links';
import { getGlossary, linkPhrases } from './glossary';
import { includeExamples } from '@/lib/examples/include';
import { citeSources, type CitableSource } from './citations';

/** A rehype plugin (after rehype-slug) that records h2/h3 ids and text for the table of contents. */
function collectHeadings(into: Heading[]) {
  return () => (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
        const id = node.properties?.id;
        if (typeof id === 'string') into.push({ id, text: textOf(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'shell',
  sh: 'shell',
  json: 'JSON',
  yaml: 'YAML',
  dockerfile: 'Dockerfile',
  ts: 'TypeScript',
  js: 'JavaScript',
};

/**
 * "Code example 3 (JSON)": names the scrolling box a keyboard user lands on by its place in the lesson (so every
 * region's name is unique) and its language, when the fence names one.
 */
export function codeBlockLabel(pre: HastNode, number: number): string {
  const code = pre.children?.find((node) => node.type === 'element' && node.tagName === 'code');
  const classes = code?.properties?.className;
  const language = (Array.isArray(classes) ? classes : [])
    .map(String)
    .find((name) => name.startsWith('language-'))
    ?.slice('language-'.length);
  return language ? `Code example ${number} (${LANGUAGE_NAMES[language] ?? language})` : `Code example ${number}`;
}

/**
 * Wide code blocks and tables scroll sideways inside their own box; a keyboard user must be able to reach and
 * scroll that box, so it gets tabindex=0 and is a labelled region (a table through a wrapper). On phones a table is shown as one
 * card per row instead (data-cards: its cells carry their column's header, ./table-cards.ts).
 */
function scrollableBlocks() {
  return () => (tree: HastNode) => {
    let codeBlocks = 0;
    const visit = (node: HastNode) => {
      node.children = node.children?.map((child) => {
        if (child.type === 'element' && child.tagName === 'pre') {
          child.properties = { ...child.properties, tabIndex: 0, role: 'region', ariaLabel: codeBlockLabel(child, (codeBlocks += 1)) };
        }
        if (child.type === 'element' && child.tagName === 'table') {
          const firstHeader = labelTableCells(child).join(', ').slice(0, 80);
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], dataCards: '', tabIndex: 0, role: 'region', ariaLabel: `Table: ${firstHeader || 'comparison'}` },
            children: [child],
          };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}

/** Compile MDX source; throws ContentError naming the file and the line on failure. */
export async function compileMdx(
  source: string,
  file: string,
  terms: readonly LinkableTerm[] = [],
  sources?: readonly CitableSource[],
): Promise<{ code: string; headings: Heading[]; sections: LessonSection[]; sourceOrder: string[] }> {
  const headings: Heading[] = [];
  const sourceOrder: string[] = [];
  const sections: LessonSection[] = [];
  const propProblems: string[] = [];
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source,
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          includeExamples(displayPath(file), propProblems),
          checkWidgetProps(displayPath(file), propProblems),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          collectHeadings(headings),
          collectSections(sections),
          citeSources({ file: displayPath(file), sources, problems: propProblems, order: sourceOrder, sourceText: source }),
          linkGlossaryTerms(terms),
          scrollableBlocks(),
          [rehypeHighlight, { detect: false, languages: { ...common, dockerfile } }],
        ];
        return options;
      },
    }));
  } catch (error) {
    const err = error as { errors?: { text: string; location?: { line: number; column: number } }[]; message?: string };
    const full = err.errors?.[0]?.text ?? err.message ?? String(error);
    const lines = full
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^Cannot process MDX/.test(line));
    const text = lines[0] ?? full;
    // The MDX compiler reports "line:col: reason (start-end)" relative to the body; add the frontmatter's lines back.
    const position = text.match(/\((\d+):(\d+)-/) ?? text.match(/^(\d+):(\d+):/);
    const where = position ? `:${Number(position[1]) + frontmatterLines(source)}:${position[2]}` : '';
    const reason = text
      .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+-\d+:\d+\)/, '')
      .replace(/\s*\[plugin [^\]]+\]$/, '');
    throw new ContentError([`${displayPath(file)}${where}: MDX does not compile: ${reason}`]);
  }
  if (propProblems.length) throw new ContentError(propProblems);
  return { code, headings, sections, sourceOrder };
}

function frontmatterLines(source: string): number {
  const match = source.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/);
  return match ? match[0].split('\n').length - 1 : 0;
}

const compiled = new Map<string, Promise<CompiledLesson>>();

export function compileLesson(slug: string): Promise<CompiledLesson> | undefined {
  const meta = getLessonMeta(slug);
  if (!meta) return undefined;
  let pending = compiled.get(slug);
  if (!pending) {
    const source = fs.readFileSync(meta.file, 'utf8');
    const terms = getGlossary().map((entry) => ({ id: entry.id, phrases: linkPhrases(entry) }));
    pending = compileMdx(source, meta.file, terms, meta.sources).then(({ sourceOrder, ...result }) => ({
      ...meta,
      ...result,
      // The end-of-lesson list uses the numbers of the notes: sources in the order the lesson first cites them.
      sources: sourceOrder.map((id) => meta.sources.find((entry) => entry.id === id)!),
    }));
    compiled.set(slug, pending);
  }
  return pending;
}
