/**
 * Where the glossary leads back into the lessons: for each term, the section that teaches it (its `lesson` field,
 * which `npm run check:content` checks against the headings) and, in every other lesson that uses the term, the
 * first section that does. Derived from the lessons' section text with the same matcher that links terms in lesson
 * prose (lib/content/glossary-links.ts), so "task execution role" never counts as a use of "task role".
 */
import { termMatcher, type LinkableTerm } from './glossary-links';
import type { LessonSection } from './lesson-sections';

export type SectionLink = { href: string; lesson: string; position: number; heading: string };
export type TermSections = { taught: SectionLink | undefined; alsoIn: SectionLink[] };
export type LessonForGlossary = { slug: string; title: string; sections: readonly Pick<LessonSection, 'id' | 'heading' | 'text'>[] };

export function glossarySections(terms: readonly (LinkableTerm & { lesson: string })[], lessons: readonly LessonForGlossary[]): Map<string, TermSections> {
  const { pattern, idOf } = termMatcher(terms);
  // Term id -> slug -> the first section of that lesson that uses the term.
  const firstUse = new Map<string, Map<string, LessonForGlossary['sections'][number]>>();
  for (const lesson of lessons) {
    for (const section of lesson.sections) {
      if (!pattern || !section.id) continue;
      for (const match of section.text.matchAll(pattern)) {
        const id = idOf(match[1]);
        if (!id) continue;
        const bySlug = firstUse.get(id) ?? new Map();
        if (!bySlug.has(lesson.slug)) bySlug.set(lesson.slug, section);
        firstUse.set(id, bySlug);
      }
    }
  }
  const link = (lessonIndex: number, sectionId: string): SectionLink | undefined => {
    const lesson = lessons[lessonIndex];
    const section = lesson?.sections.find((candidate) => candidate.id === sectionId);
    return lesson && section
      ? { href: `/lessons/${lesson.slug}#${section.id}`, lesson: lesson.title, position: lessonIndex + 1, heading: section.heading }
      : undefined;
  };
  return new Map(
    terms.map((term) => {
      const [, slug, anchor] = term.lesson.match(/^\/lessons\/([^#]+)#(.+)$/) ?? [];
      const taught = link(
        lessons.findIndex((lesson) => lesson.slug === slug),
        anchor,
      );
      const alsoIn = lessons.flatMap((lesson, index) => {
        const section = lesson.slug === slug ? undefined : firstUse.get(term.id)?.get(lesson.slug);
        return section ? [link(index, section.id)!] : [];
      });
      return [term.id, { taught, alsoIn }];
    }),
  );
}
