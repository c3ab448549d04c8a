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
import { ZONE_LABELS } from '../../quiz/announce';
import { allRounds, getResponsibilityMatrix } from '../../quiz/matrix';
import type { QuizRound } from '../../quiz/types';
import type { BankQuestion } from '../../questions/schema';
import { partOf, type AnswerPatternRow } from './aggregate';
import { roundsOfQuizItem } from '../grading';
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

let roundsById: Map<string, QuizRound> | undefined;
const allRoundsById = () => (roundsById ??= new Map(allRounds().map((round) => [round.id, round])));

/** The practice page of every quiz round. */
export const ROUNDS_PAGE = '/quiz/responsibility';

/**
 * A quiz card as a question (answer ids `<round>/<card>`, the zone placed as the choice): asked as "who manages it",
 * the round's zones as options, the card's explanation as the course's explanation.
 */
export function cardQuestion(round: QuizRound, cardId: string, lesson: string): BankQuestion | undefined {
  const card = round.cards.find((entry) => entry.id === cardId);
  if (!card) return undefined;
  return {
    lesson: lesson as BankQuestion['lesson'],
    id: `${round.id}/${card.id}`,
    kind: 'single',
    prompt: `${card.label}: who manages it?`,
    explanation: card.explanation,
    section: round.id,
    options: round.zones.map((zone) => ({ id: zone, text: ZONE_LABELS[zone], ...(zone === card.answer ? { correct: true } : {}) })),
  } as BankQuestion;
}

export async function courseLookup(answers: readonly AnswerPatternRow[]): Promise<CourseLookup> {
  const bank = new Map(getQuestionBank().map((question) => [question.id, question]));
  const lessons = new Map(getLessons().map((lesson) => [lesson.slug as string, lesson.title]));
  const needed = new Set(answers.flatMap((row) => bank.get(row.questionId)?.lesson ?? []));
  prerendered ??= prerenderedSearchDocuments().then((documents) => (documents ? sectionTitlesFromSearch(documents) : null));
  const sections = (await prerendered) ?? (await compiledTitles(needed));
  const needsRounds = answers.some((row) => partOf(row.questionId) !== null);
  const rounds = new Map((needsRounds ? allRounds() : []).map((round) => [round.id, round]));
  const quizLesson = needsRounds ? getResponsibilityMatrix().lesson : '';
  return {
    question: (id) => {
      const part = partOf(id);
      if (part === null) return bank.get(id);
      const round = rounds.get(part);
      return round ? cardQuestion(round, id.slice(part.length + 1), quizLesson) : undefined;
    },
    item: (item) => {
      if (item.kind === 'quiz') {
        const named = (roundsOfQuizItem(item.id) ?? []).map((id) => allRoundsById().get(id)).filter((round) => round !== undefined);
        const which = named.length ? `: ${named.map((round) => round.title).join(', ')}` : '';
        return { title: `Quiz: who manages what?${which}`, href: named.length === 1 ? `${ROUNDS_PAGE}/${named[0].id}` : ROUNDS_PAGE };
      }
      const title = item.kind === 'check-up' ? lessons.get(item.id) : undefined;
      return title ? { title: `Check-up: ${title}`, href: `/lessons/${item.id}` } : null;
    },
    sectionTitle: (lesson, section) => sections.get(lesson)?.get(section),
    part: (_item, part) => {
      const round = rounds.get(part);
      return round ? { title: `Round: ${round.title}`, href: ROUNDS_PAGE } : null;
    },
  };
}
