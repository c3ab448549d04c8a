/**
 * The course's own words for the class view: question prompts, explanations and option feedback from the question
 * bank, lesson titles, and the heading text of the section each question points to. Section headings come from the
 * build: the lesson-section documents prerendered for /search-index.json (one per h2/h3, titled with the heading's
 * text, read once per process), so a request never compiles MDX. Without a build (`next dev`, tests, scripts) the
 * needed lessons are compiled instead; if a lesson cannot be compiled the section's id stands in for its title.
 */
import 'server-only';
import { compileLesson } from '../../content/compile';
import { getLessons } from '../../content/lessons';
import { getQuestionBank } from '../../questions/load';
import { prerenderedSearchDocuments } from '../../search/server';
import type { SearchDocument } from '../../search/types';
import type { AnswerPatternRow } from './aggregate';
import type { CourseLookup } from './report';

type SectionTitles = Map<string, Map<string, string>>;

/** Lesson slug -> section id -> heading text, from the search index's lesson documents ("lesson:<slug>#<id>"). */
export function sectionTitlesFromSearch(documents: readonly SearchDocument[]): SectionTitles {
  const titles: SectionTitles = new Map();
  for (const document of documents) {
    const match = /^lesson:([^#]+)#(.+)$/.exec(document.id);
    if (!match) continue;
    const [, slug, section] = match;
    const lesson = titles.get(slug) ?? new Map<string, string>();
    lesson.set(section, document.title);
    titles.set(slug, lesson);
  }
  return titles;
}

let prerendered: Promise<SectionTitles | null> | undefined;

async function compiledTitles(slugs: Iterable<string>): Promise<SectionTitles> {
  const sections: SectionTitles = new Map();
  await Promise.all(
    [...slugs].map(async (slug) => {
      try {
        const compiled = await compileLesson(slug);
        if (compiled) sections.set(slug, new Map(compiled.headings.map((heading) => [heading.id, heading.text])));
      } catch {
        // The section id is still a working link; only its title is missing.
      }
    }),
  );
  return sections;
}

export async function courseLookup(answers: readonly AnswerPatternRow[]): Promise<CourseLookup> {
  const bank = new Map(getQuestionBank().map((question) => [question.id, question]));
  const lessons = new Map(getLessons().map((lesson) => [lesson.slug as string, lesson.title]));
  const needed = new Set(answers.flatMap((row) => bank.get(row.questionId)?.lesson ?? []));
  prerendered ??= prerenderedSearchDocuments().then((documents) => (documents ? sectionTitlesFromSearch(documents) : null));
  const sections = (await prerendered) ?? (await compiledTitles(needed));
  return {
    question: (id) => bank.get(id),
    item: (item) => {
      const title = item.kind === 'check-up' ? lessons.get(item.id) : undefined;
      return title ? { title: `Check-up: ${title}`, href: `/lessons/${item.id}` } : null;
    },
    sectionTitle: (lesson, section) => sections.get(lesson)?.get(section),
  };
}
