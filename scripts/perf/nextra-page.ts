/**
 * A lesson's MDX as a page of a stock Nextra 4 docs site (scripts/perf/nextra.ts), so the lesson can be compared
 * with what Nextra costs for the same prose (issue 29: "launch-types at most 0.6x stock Nextra"). Pure text in,
 * text out: the frontmatter becomes the page's title and a sources list, the course's own components become what a
 * Nextra author would write with Nextra's own parts:
 * - `<Cite source="id" />` a numbered link to the source ([n]), the sources listed at the end;
 * - `<Callout ...>` Nextra's `Callout` (from nextra/components);
 * - links to the course's other pages keep only their text (the Nextra site has one page);
 * - widgets and the check-up are left out, as on the floor page (their code loads near the screen, not on the first
 *   load), each leaving a one-line note so the page says what is missing.
 */
import matter from 'gray-matter';

export type NextraPage = { mdx: string; title: string };

type Source = { id: string; title: string; url: string };

const escapeText = (text: string) => text.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function lessonToNextraPage(source: string): NextraPage {
  const { data, content } = matter(source);
  const title = String(data.title ?? '');
  if (!title) throw new Error('lessonToNextraPage: the lesson has no title in its frontmatter');
  const sources: Source[] = Array.isArray(data.sources) ? data.sources : [];
  const numbers = new Map<string, number>();
  let usesCallout = false;

  const body = content
    .replace(/<Cite\s+source="([^"]+)"\s*\/>/g, (_all, id: string) => {
      const found = sources.find((item) => item.id === id);
      if (!found) throw new Error(`lessonToNextraPage: <Cite source="${id}"/> names no source in the frontmatter`);
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return `<sup>[[${numbers.get(id)}]](${found.url})</sup>`;
    })
    .replace(/<Callout\b([^>]*)>/g, (_all, attrs: string) => {
      usesCallout = true;
      const heading = /title="([^"]*)"/.exec(attrs)?.[1];
      return heading ? `<Callout type="info">\n**${escapeText(heading)}**\n` : '<Callout type="info">';
    })
    // Links to the course's other pages (glossary, lessons) have no page on the one-page Nextra site: their text stays.
    // (Nextra makes them next/link links, whose prefetch of a missing page can keep the network busy.)
    .replace(/\[([^\]]+)\]\(\/[^)\s]*\)/g, '$1')
    .replace(/<CheckUp\s*\/>/g, '*(The check-up questions are a widget on the course site: not part of this comparison.)*')
    .replace(/<([A-Z][A-Za-z0-9]*)\b[^>]*\/>/g, (_all, name: string) => `*(Widget ${name}: not part of this comparison.)*`);

  const cited = sources
    .filter((item) => numbers.has(item.id))
    .sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!)
    .map((item) => `${numbers.get(item.id)}. [${escapeText(item.title)}](${item.url})`);

  const head = [
    usesCallout ? "import { Callout } from 'nextra/components'\n" : '',
    `# ${escapeText(title)}\n`,
    data.summary ? `${escapeText(String(data.summary))}\n` : '',
  ].join('\n');
  const tail = cited.length ? `\n## Sources\n\n${cited.join('\n')}\n` : '';
  return { title, mdx: `${head}\n${body.trim()}\n${tail}` };
}
