/**
 * Loads, validates and compiles the MDX lessons in content/lessons at build time.
 * Every failure is a ContentError whose message names the file, the field and what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LESSON_SLUGS, type LessonSlug } from '../course';
import { isWidgetName, PROSE_COMPONENTS, type WidgetName } from '../widgets';
import { parseFrontmatter, type Frontmatter } from './frontmatter';
import type { LessonSection } from './lesson-sections';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ContentError';
  }
}

export type LessonMeta = Frontmatter & {
  slug: LessonSlug;
  file: string;
  widgets: WidgetName[];
};

export type Heading = { id: string; text: string; depth: 2 | 3 };

export type CompiledLesson = LessonMeta & { code: string; headings: Heading[]; sections: LessonSection[] };

/** The path authors see in messages: relative to the project root. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Component tags used in the MDX body, ignoring fenced code and inline code. */
export function componentsUsed(body: string): string[] {
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const names = new Set<string>();
  for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) names.add(match[1]);
  return [...names];
}

type RawLesson = { file: string; slug: string; source: string };

function readLessonFiles(dir: string): RawLesson[] {
  if (!fs.existsSync(dir)) throw new ContentError([`${displayPath(dir)}: folder missing: expected one .mdx file per lesson`]);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { file, slug: name.replace(/\.mdx$/, ''), source: fs.readFileSync(file, 'utf8') };
    });
}

/** Validate every lesson's frontmatter and the set of slugs; collect all problems before failing. */
export function validateLessons(raw: RawLesson[], expectedSlugs: readonly string[] = LESSON_SLUGS): LessonMeta[] {
  const problems: string[] = [];
  const lessons: LessonMeta[] = [];
  for (const { file, slug, source } of raw) {
    const shown = displayPath(file);
    if (!expectedSlugs.includes(slug)) {
      problems.push(`${shown}: file name "${slug}": expected one of the course slugs (${expectedSlugs.join(', ')})`);
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(source);
    } catch (error) {
      problems.push(`${shown}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = parseFrontmatter(shown, parsed.data);
    if (result.status === 'invalid') {
      problems.push(...result.errors);
      continue;
    }
    const unknown = componentsUsed(parsed.content).filter((name) => !isWidgetName(name) && !(PROSE_COMPONENTS as readonly string[]).includes(name));
    if (unknown.length) {
      problems.push(`${shown}: component <${unknown[0]}>: not registered (see lib/widgets.ts for the components authors may use)`);
      continue;
    }
    lessons.push({
      ...result.value,
      slug: slug as LessonSlug,
      file,
      widgets: componentsUsed(parsed.content).filter(isWidgetName),
    });
  }
  const byOrder = new Map<number, LessonMeta>();
  for (const lesson of lessons) {
    const other = byOrder.get(lesson.order);
    if (other) {
      problems.push(
        `${displayPath(lesson.file)}: frontmatter field "order": expected a unique position, but ${lesson.order} is also used by ${displayPath(other.file)}`,
      );
    }
    byOrder.set(lesson.order, lesson);
  }
  const present = new Set(raw.map((lesson) => lesson.slug));
  for (const slug of expectedSlugs) {
    if (!present.has(slug)) problems.push(`content/lessons/${slug}.mdx: missing: every course slug needs a lesson file`);
  }
  if (problems.length) throw new ContentError(problems);
  return lessons.sort((a, b) => a.order - b.order);
}

let lessonCache: LessonMeta[] | undefined;

/** All lessons in course order, validated. Memoised: the build calls this from many pages. */
export function getLessons(): LessonMeta[] {
  lessonCache ??= validateLessons(readLessonFiles(LESSONS_DIR));
  return lessonCache;
}

export function getLessonMeta(slug: string): LessonMeta | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

export function neighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const lessons = getLessons();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}
