/**
 * `npm run check:content`: validates every content collection (lessons, glossary, checklists, chooser, quiz matrix,
 * diagrams, question bank), then what needs the compiled lessons (MDX compiles, widget props, anchors, links,
 * sources, required sections, placeholder text, glossary and question sections, diagram links and mermaid), and
 * every copy-paste example under content/examples (lib/examples/check.ts).
 * Prints one line per problem and exits 1.
 */
import fs from 'node:fs';
import { checklistsCollection } from '../lib/checklists/schema';
import { chooserCollection } from '../lib/chooser/schema';
import { checkSite, type LessonForCheck } from '../lib/content/check';
import type { Collection } from '../lib/content/collection';
import { compileLesson } from '../lib/content/compile';
import { ContentError, displayPath } from '../lib/content/errors';
import { checkGlossaryLessons, glossaryCollection } from '../lib/content/glossary';
import { lessons } from '../lib/content/lessons';
import { checkDiagrams } from '../lib/diagrams/check';
import { diagramsCollection } from '../lib/diagrams/load';
import { checkQuestionSections } from '../lib/questions/bank';
import { questionBank } from '../lib/questions/load';
import { matrixCollection } from '../lib/quiz/schema';
import { publicRoutes } from '../lib/routes';
import { checkExamples, shownExamples } from '../lib/examples/check';
import { checkChallengeNames } from '../lib/checklists/challenge-names';

const COLLECTIONS: Collection<unknown>[] = [
  lessons,
  glossaryCollection,
  checklistsCollection,
  chooserCollection,
  matrixCollection,
  diagramsCollection,
  questionBank,
];

async function main(): Promise<string[]> {
  const problems = COLLECTIONS.flatMap((collection) => collection.check());
  // The checks below need the lessons, the glossary and the checklists (for the pages' anchors).
  if (lessons.check().length || glossaryCollection.check().length || checklistsCollection.check().length) return problems;

  const forCheck: LessonForCheck[] = [];
  const sections: Record<string, { title: string; headings: { id: string; text: string; depth: number }[] }> = {};
  for (const lesson of lessons.get()) {
    try {
      const compiled = await compileLesson(lesson.slug)!;
      forCheck.push({
        slug: lesson.slug,
        file: displayPath(lesson.file),
        source: fs.readFileSync(lesson.file, 'utf8'),
        headingIds: compiled.headings.map((heading) => heading.id),
        sources: lesson.sources.map(({ id, url }) => ({ id, url })),
      });
      sections[lesson.slug] = { title: lesson.title, headings: compiled.headings };
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  const pages: Record<string, string[]> = {};
  for (const route of publicRoutes()) pages[route.path] = [];
  pages['/glossary'] = glossaryCollection.get().map((entry) => entry.id);
  pages['/checklists'] = checklistsCollection.get().map((list) => list.id);
  const headingsBySlug = Object.fromEntries(forCheck.map((lesson) => [lesson.slug, lesson.headingIds]));
  if (questionBank.check().length === 0) problems.push(...checkQuestionSections(questionBank.get(), headingsBySlug));
  // Every copy-paste example: parsed, type-checked, rule-checked, shellchecked and CLI-checked (lib/examples/check.ts).
  const snippets = checklistsCollection.get().flatMap((list) => list.items.flatMap((item) => (item.how.snippet ? [item.how.snippet.code] : [])));
  problems.push(
    ...checkExamples(
      shownExamples(
        forCheck.map((lesson) => lesson.source),
        snippets,
      ),
    ),
  );
  // One name per Fargate challenge in the checklist, the lesson's table and its headings (issue 28).
  const fargateLesson = forCheck.find((lesson) => lesson.slug === 'fargate-security');
  const challengeList = checklistsCollection.get().find((list) => list.id === 'fargate-challenges');
  if (fargateLesson && challengeList) {
    problems.push(
      ...checkChallengeNames({
        checklistFile: 'content/checklists/fargate-challenges.ts',
        lessonFile: fargateLesson.file,
        challengeNames: challengeList.items.flatMap((item) => (item.challenge ? [item.challenge.name] : [])),
        headings: sections['fargate-security']?.headings ?? [],
        lessonSource: fargateLesson.source,
      }),
    );
  }
  return [
    ...problems,
    ...checkGlossaryLessons(glossaryCollection.get(), headingsBySlug),
    ...checkSite({ lessons: forCheck, pages }),
    ...(await checkDiagrams(sections)),
  ];
}

main().then((problems) => {
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`\ncontent check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(
    `content check: ${COLLECTIONS.map((collection) => collection.name).join(', ')} OK (${lessons.get().length} lessons, ${questionBank.get().length} check-up questions)`,
  );
});
