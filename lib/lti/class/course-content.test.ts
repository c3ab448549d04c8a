import { beforeAll, expect, it, test } from 'vitest';
import { compileLesson } from '../../content/compile';
import { getLessons } from '../../content/lessons';
import { searchDocuments } from '../../search/documents';
import type { SearchDocument } from '../../search/types';
import { allRounds } from '../../quiz/matrix';
import { cardQuestion, sectionTitlesFromSearch } from './course-content';

let documents: SearchDocument[] = [];
// Compiling the seven lessons takes seconds on a busy machine: done once, outside any test's time limit.
beforeAll(async () => {
  documents = await searchDocuments();
}, 180_000);

it("section titles from the build's search index are the compiled lessons' h2/h3 headings, every one", async () => {
  const titles = sectionTitlesFromSearch(documents);
  for (const lesson of getLessons()) {
    const { headings } = (await compileLesson(lesson.slug))!;
    expect(Object.fromEntries(titles.get(lesson.slug) ?? [])).toEqual(Object.fromEntries(headings.map((heading) => [heading.id, heading.text])));
  }
  // Only lesson documents count: a glossary term or checklist item is no section.
  expect([...titles.keys()].sort()).toEqual(
    getLessons()
      .map((lesson) => lesson.slug as string)
      .sort(),
  );
});

test("a quiz card reads as a question: its round's zones as options, the right one marked, the card's explanation", () => {
  const [round] = allRounds();
  const card = round.cards[0];
  const question = cardQuestion(round, card.id, 'launch-types')!;
  expect(question).toMatchObject({ id: `${round.id}/${card.id}`, kind: 'single', explanation: card.explanation, prompt: `${card.label}: who manages it?` });
  expect(question.kind === 'single' && question.options.filter((option) => option.correct).map((option) => option.id)).toEqual([card.answer]);
  expect(question.kind === 'single' && question.options.map((option) => option.id)).toEqual(round.zones);
  expect(cardQuestion(round, 'no-such-card', 'launch-types')).toBeUndefined();
});
