/**
 * The lessons collection: one folder per course slug, content/lessons/<slug>/lesson.mdx, each with a frontmatter
 * block (lib/content/frontmatter.ts) and an MDX body that may use only the registered components (lib/widgets.ts).
 * Lessons come in the order of the course list (content/lessons/course.ts); a frontmatter `order`, where a lesson
 * still has one, must agree with it. Compiling the MDX is lib/content/compile.ts.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { LESSON_SLUGS, type LessonSlug } from '../course';
import { AUTHOR_COMPONENTS, CHECK_UP_COMPONENT, isWidgetName, type WidgetName } from '../widgets';
import { defineCollection, type RecordSource } from './collection';
import { displayPath, dotted } from './errors';
import { repeatedIds } from './fields';
import { frontmatterSchema, type Frontmatter } from './frontmatter';
import type { LessonSection } from './lesson-sections';
import { lessonTime, type LessonTime } from './reading-time';
import { EXAMPLES_DIR } from '../examples/include';
import { questionsByLesson } from '../../content/lessons/questions';

/** An example's text for the reading time (a missing one is the example check's problem, not this one's). */
const readExample = (file: string) => {
  try {
    return fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
  } catch {
    return undefined;
  }
};

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

/** A lesson's MDX file inside its folder: content/lessons/<slug>/lesson.mdx. */
export const LESSON_FILE = 'lesson.mdx';
export const lessonFilePath = (slug: string, dir = LESSONS_DIR) => path.join(dir, slug, LESSON_FILE);

export type LessonMeta = Omit<Frontmatter, 'minutes'> & {
  slug: LessonSlug;
  file: string;
  widgets: WidgetName[];
  /** Whether the lesson ends with its check-up (`<CheckUp />`): what a graded lesson package counts. */
  checkUp: boolean;
  /** The lesson's time, computed from its text and its check-up (lib/content/reading-time.ts); `minutes` is the total. */
  time: LessonTime;
  minutes: number;
};

export type Heading = { id: string; text: string; depth: 2 | 3 };

export type CompiledLesson = LessonMeta & { code: string; headings: Heading[]; sections: LessonSection[] };

/** Component tags used in the MDX body, ignoring fenced code and inline code. */
export function componentsUsed(body: string): string[] {
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const names = new Set<string>();
  for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) names.add(match[1]);
  return [...names];
}

/** A lesson folder as read from disk: its MDX, or no source when the folder has no lesson.mdx. */
export type RawLesson = { file: string; slug: string; source?: string };

/** Every folder of content/lessons/ with its MDX, if it has one. */
function readLessonFiles(dir: string): RawLesson[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const file = lessonFilePath(slug, dir);
      return fs.existsSync(file) ? { file, slug, source: fs.readFileSync(file, 'utf8') } : { file, slug };
    });
}

export const COURSE_FILE = 'content/lessons/course.ts';

/**
 * One record per lesson folder (its frontmatter parsed from YAML); a folder that is not in the course list, and a
 * course slug without its lesson.mdx, are problems of their own: a lesson is a folder and a line in the course list.
 */
export function lessonSources(raw: RawLesson[], expectedSlugs: readonly string[]): RecordSource[] {
  const sources: RecordSource[] = raw.flatMap(({ file, slug, source }): RecordSource[] => {
    if (!expectedSlugs.includes(slug)) {
      return [
        {
          file: `content/lessons/${slug}/`,
          key: slug,
          data: undefined,
          error: `a lesson folder that is not in the course list: add a line for "${slug}" to ${COURSE_FILE}, or remove the folder`,
        },
      ];
    }
    if (source === undefined) return [];
    const shown = displayPath(file);
    try {
      const parsed = matter(source);
      return [{ file: shown, key: slug, data: { slug, frontmatter: parsed.data, body: parsed.content } }];
    } catch (error) {
      return [{ file: shown, key: slug, data: undefined, error: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }];
    }
  });
  const present = new Set(raw.filter((lesson) => lesson.source !== undefined).map((lesson) => lesson.slug));
  for (const slug of expectedSlugs) {
    if (!present.has(slug))
      sources.push({
        file: `content/lessons/${slug}/${LESSON_FILE}`,
        key: slug,
        data: undefined,
        error: `missing: every lesson in the course list (${COURSE_FILE}) needs its folder with a lesson.mdx`,
      });
  }
  return sources;
}

/**
 * The collection, for a folder and a list of course slugs (tests pass their own). Lessons come back in course
 * order, with the widgets each uses.
 */
export function lessonCollection({
  dir = LESSONS_DIR,
  expectedSlugs = LESSON_SLUGS,
  read = () => readLessonFiles(dir),
}: { dir?: string; expectedSlugs?: readonly string[]; read?: () => RawLesson[] } = {}) {
  const schema = z.object({
    slug: z.string().refine((slug) => expectedSlugs.includes(slug), { error: `expected one of the course slugs (${expectedSlugs.join(', ')})` }),
    frontmatter: frontmatterSchema,
    body: z.string(),
  });
  return defineCollection({
    name: 'lessons',
    files: () => lessonSources(read(), expectedSlugs),
    schema,
    describePath: (_input, at) => (at[0] === 'slug' ? 'file name' : `frontmatter field "${dotted(at.slice(1)) || '(root)'}"`),
    checkRecord: ({ body }, file) => {
      const unknown = componentsUsed(body).filter((name) => !AUTHOR_COMPONENTS.includes(name));
      return unknown.length ? [`${file}: component <${unknown[0]}>: not registered (see lib/widgets.ts for the components authors may use)`] : [];
    },
    crossCheck: (records) => {
      const withOrder = records.filter(({ value }) => value.frontmatter.order !== undefined);
      const repeated = repeatedIds(withOrder.map(({ value }) => String(value.frontmatter.order)));
      const duplicates = repeated.map(
        ({ id, index, first }) =>
          `${withOrder[index].file}: frontmatter field "order": expected a unique position, but ${id} is also used by ${withOrder[first].file}`,
      );
      const reported = new Set(repeated.map(({ index }) => withOrder[index]));
      const misplaced = withOrder
        .filter((record) => !reported.has(record) && record.value.frontmatter.order !== expectedSlugs.indexOf(record.value.slug) + 1)
        .map(
          ({ file, value }) =>
            `${file}: frontmatter field "order": expected ${expectedSlugs.indexOf(value.slug) + 1}, its place in the course list (content/lessons/course.ts), got ${value.frontmatter.order} (or leave the field out)`,
        );
      return [...duplicates, ...misplaced];
    },
    resolve: (records): LessonMeta[] =>
      records
        .map(({ value }) => {
          const checkUp = componentsUsed(value.body).includes(CHECK_UP_COMPONENT);
          const questions = checkUp ? ((questionsByLesson as Record<string, readonly Record<string, unknown>[]>)[value.slug] ?? []) : [];
          const time = lessonTime({ body: value.body, questions, readExample });
          const { minutes: _typed, ...frontmatter } = value.frontmatter;
          return {
            ...frontmatter,
            slug: value.slug as LessonSlug,
            file: lessonFilePath(value.slug, dir),
            widgets: componentsUsed(value.body).filter(isWidgetName),
            checkUp,
            time,
            minutes: time.minutes,
          };
        })
        .sort((a, b) => expectedSlugs.indexOf(a.slug) - expectedSlugs.indexOf(b.slug)),
  });
}

export const lessons = lessonCollection();

/** All lessons in course order, validated (memoised: the build calls this from many pages). */
export const getLessons = (): LessonMeta[] => lessons.get();

export function getLessonMeta(slug: string): LessonMeta | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

export function neighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const all = getLessons();
  const index = all.findIndex((lesson) => lesson.slug === slug);
  return { previous: all[index - 1], next: all[index + 1] };
}
