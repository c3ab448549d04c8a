/**
 * The content check: rules a lesson must satisfy beyond its schema (links, anchors, sources, sections,
 * leftover placeholder text). Pure: it takes sources and headings, returns "file:line: problem" strings.
 */
export type LessonForCheck = {
  slug: string;
  file: string;
  source: string;
  headingIds: string[];
  /** The frontmatter's sources: what `<Cite source="id" />` may name. */
  sources: { id: string; url: string }[];
};

export type SiteForCheck = {
  lessons: LessonForCheck[];
  /** Other pages and the anchors they have (e.g. '/glossary' -> term ids). */
  pages: Record<string, string[]>;
};

/** Words that mark unfinished text; every content check (lessons and widget data) rejects them. */
export const PLACEHOLDER = /\b(TODO|FIXME|TBD|lorem ipsum|coming soon|placeholder text)\b/i;

/**
 * Hedges a learner should never read: a course states a fact with its source or leaves the claim out.
 * Every content check (lessons and widget data) rejects them.
 */
export const HEDGE = /\b(not (?:been )?confirmed|(?:could|can)(?:not| not|n['’]t) (?:be )?confirm(?:ed)?|unconfirmed)\b/i;

/** Mentions of the 2023 source notes: allowed only inside a lesson's one "What changed since 2023" panel. */
const NOTES = /\b(?:the (?:(?:March )?2023 )?notes\b|notes['’])/i;
/** The one history panel of a lesson: `<Callout kind="updated" date="2025-09">...</Callout>`. */
const PANEL = /<Callout\b[^>]*\bkind=["']updated["'][^>]*>[\s\S]*?<\/Callout>/g;
const REQUIRED_SECTIONS = ['recap', 'check-yourself'];

type Located = { value: string; line: number };

/** Strip fenced code (keeping line count) so links and words inside code are not checked. */
function withoutCode(source: string): string {
  return source.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ''));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function linksIn(source: string): Located[] {
  const text = withoutCode(source);
  const found: Located[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ value: match[1], line: lineOf(text, match.index ?? 0) });
  for (const match of text.matchAll(/\bhref=["']([^"']+)["']/g)) found.push({ value: match[1], line: lineOf(text, match.index ?? 0) });
  return found.sort((a, b) => a.line - b.line);
}

export function checkLesson(lesson: LessonForCheck, site: SiteForCheck): string[] {
  const problems: string[] = [];
  const at = (line: number, message: string) => problems.push(`${lesson.file}:${line}: ${message}`);

  const seen = new Map<string, number>();
  for (const id of lesson.headingIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const [id, count] of seen) if (count > 1) at(1, `heading anchor "#${id}" is used ${count} times: headings must be unique`);
  for (const id of REQUIRED_SECTIONS) if (!seen.has(id)) at(1, `missing the "## ${id === 'recap' ? 'Recap' : 'Check yourself'}" section`);
  if (lesson.sources.length === 0) at(1, 'no sources: every lesson lists the AWS pages its claims come from');

  const text = withoutCode(lesson.source);
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const match = line.match(PLACEHOLDER);
    if (match) at(index + 1, `placeholder text "${match[0]}" left in the lesson`);
    const hedge = line.match(HEDGE);
    if (hedge) at(index + 1, `hedge "${hedge[0]}": state the fact with its source, or leave the claim out`);
  });

  // History lives in exactly one dated, sourced panel; the rest of the lesson teaches the topic directly.
  const panels = [...text.matchAll(PANEL)];
  if (panels.length === 0) at(1, 'missing the "What changed since 2023" panel: one <Callout kind="updated" date="YYYY-MM"> with its sources');
  for (const extra of panels.slice(1)) at(lineOf(text, extra.index ?? 0), `a second "What changed since 2023" panel: keep a lesson's history in one panel`);
  const first = panels[0];
  if (first) {
    const open = first[0].slice(0, first[0].indexOf('>') + 1);
    if (!/\bdate=["']\d{4}-\d{2}(?:-\d{2})?["']/.test(open))
      at(lineOf(text, first.index ?? 0), 'the "What changed since 2023" panel has no date="YYYY-MM": date it');
    if (!/<Cite\b/.test(first[0]))
      at(lineOf(text, first.index ?? 0), 'the "What changed since 2023" panel cites no source: add <Cite source="<id>" /> for the AWS page behind each change');
  }
  const panelRanges = panels.map((panel) => [panel.index ?? 0, (panel.index ?? 0) + panel[0].length] as const);
  // The "Check yourself" section is replaced by the interactive check-up (issue 14), which checks its own wording.
  const checkYourself = text.search(/^## Check yourself\s*$/m);
  for (const match of text.matchAll(new RegExp(NOTES.source, 'gi'))) {
    const index = match.index ?? 0;
    if (panelRanges.some(([start, end]) => index >= start && index < end)) continue;
    if (checkYourself >= 0 && index > checkYourself) continue;
    at(lineOf(text, index), `"${match[0]}" outside the "What changed since 2023" panel: teach the topic directly and keep the history in the panel`);
  }

  const bySlug = new Map(site.lessons.map((l) => [l.slug, l]));
  for (const link of linksIn(lesson.source)) {
    if (link.value.startsWith('http://')) {
      at(link.line, `link ${link.value}: use https`);
    } else if (link.value.startsWith('https://')) {
      // Citations are numbered notes (lib/content/citations.ts): an inline link to a source breaks the sentence.
      const source = lesson.sources.find((entry) => entry.url === link.value || entry.url === link.value.replace(/#.*$/, ''));
      at(
        link.line,
        source
          ? `link ${link.value}: cite sources with <Cite source="${source.id}" /> after the claim, not an inline link`
          : `link ${link.value}: not in the frontmatter "sources": add it there with an id and cite it with <Cite source="<id>" />`,
      );
    } else if (link.value.startsWith('#')) {
      const id = link.value.slice(1);
      if (!seen.has(id)) at(link.line, `link ${link.value}: no heading with that anchor in this lesson`);
    } else if (link.value.startsWith('/')) {
      const [path, anchor] = link.value.split('#');
      const lessonMatch = path.match(/^\/lessons\/([^/]+)\/?$/);
      if (lessonMatch) {
        const target = bySlug.get(lessonMatch[1]);
        if (!target) at(link.line, `link ${link.value}: no lesson "${lessonMatch[1]}"`);
        else if (anchor && !target.headingIds.includes(anchor)) at(link.line, `link ${link.value}: lesson "${target.slug}" has no heading "#${anchor}"`);
      } else if (!(path in site.pages)) {
        at(link.line, `link ${link.value}: no page at ${path}`);
      } else if (anchor && !site.pages[path].includes(anchor)) {
        at(link.line, `link ${link.value}: ${path} has no anchor "#${anchor}"`);
      }
    } else if (!link.value.startsWith('mailto:')) {
      at(link.line, `link ${link.value}: expected an https:// URL, a /path or a #anchor`);
    }
  }
  return problems;
}

export function checkSite(site: SiteForCheck): string[] {
  return site.lessons.flatMap((lesson) => checkLesson(lesson, site));
}
