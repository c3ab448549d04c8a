/**
 * The content check: rules a lesson must satisfy beyond its schema (links, anchors, sources, sections,
 * leftover placeholder text). Pure: it takes sources and headings, returns "file:line: problem" strings.
 */
export type LessonForCheck = {
  slug: string;
  file: string;
  source: string;
  headingIds: string[];
  sourceUrls: string[];
};

export type SiteForCheck = {
  lessons: LessonForCheck[];
  /** Other pages and the anchors they have (e.g. '/glossary' -> term ids). */
  pages: Record<string, string[]>;
};

/** Words that mark unfinished text; every content check (lessons and widget data) rejects them. */
export const PLACEHOLDER = /\b(TODO|FIXME|TBD|lorem ipsum|coming soon|placeholder text)\b/i;
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
  if (lesson.sourceUrls.length === 0) at(1, 'no sources: every lesson lists the AWS pages its claims come from');

  const lines = withoutCode(lesson.source).split('\n');
  lines.forEach((line, index) => {
    const match = line.match(PLACEHOLDER);
    if (match) at(index + 1, `placeholder text "${match[0]}" left in the lesson`);
  });

  const bySlug = new Map(site.lessons.map((l) => [l.slug, l]));
  for (const link of linksIn(lesson.source)) {
    if (link.value.startsWith('http://')) {
      at(link.line, `link ${link.value}: use https`);
    } else if (link.value.startsWith('https://')) {
      if (!lesson.sourceUrls.includes(link.value.replace(/#.*$/, '')) && !lesson.sourceUrls.includes(link.value)) {
        at(link.line, `link ${link.value}: not in the frontmatter "sources" (every cited page is listed there)`);
      }
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
