/**
 * The course's own words for the class view: question prompts, explanations and option feedback from the question
 * bank, lesson titles, and the heading text of the section each question points to (from the compiled lesson,
 * compiled once per process; if a lesson cannot be compiled here the section's id stands in for its title).
 */
import 'server-only';
import { compileLesson } from '../../content/compile';
import { getLessons } from '../../content/lessons';
import { getQuestionBank } from '../../questions/load';
import type { AnswerPatternRow } from './aggregate';
import type { CourseLookup } from './report';

export async function courseLookup(answers: readonly AnswerPatternRow[]): Promise<CourseLookup> {
  const bank = new Map(getQuestionBank().map((question) => [question.id, question]));
  const lessons = new Map(getLessons().map((lesson) => [lesson.slug as string, lesson.title]));
  const needed = new Set(answers.flatMap((row) => bank.get(row.questionId)?.lesson ?? []));
  const sections = new Map<string, Map<string, string>>();
  await Promise.all(
    [...needed].map(async (slug) => {
      try {
        const compiled = await compileLesson(slug);
        if (compiled) sections.set(slug, new Map(compiled.headings.map((heading) => [heading.id, heading.text])));
      } catch {
        // The section id is still a working link; only its title is missing.
      }
    }),
  );
  return {
    question: (id) => bank.get(id),
    item: (item) => {
      const title = item.kind === 'check-up' ? lessons.get(item.id) : undefined;
      return title ? { title: `Check-up: ${title}`, href: `/lessons/${item.id}` } : null;
    },
    sectionTitle: (lesson, section) => sections.get(lesson)?.get(section),
  };
}
