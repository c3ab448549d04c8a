/**
 * `npm run check:content`: validates every lesson (schema, MDX compiles, anchors, links, sources,
 * required sections, placeholder text) and the glossary. Prints one line per problem and exits 1.
 */
import fs from 'node:fs';
import { compileLesson } from '../lib/content/compile';
import { ContentError, displayPath, getLessons } from '../lib/content/lessons';
import { checkGlossaryLessons, getGlossary } from '../lib/content/glossary';
import { getChooserData } from '../lib/chooser/load';
import { checkSite, type LessonForCheck } from '../lib/content/check';
import { publicRoutes } from '../lib/routes';
import { checkChecklistTags } from '../lib/checklists/schema';
import { getChecklists } from '../lib/checklists/load';
import { getResponsibilityMatrix } from '../lib/quiz/matrix';
import { checkDiagrams } from '../lib/diagrams/check';

async function main(): Promise<string[]> {
  const lessons = getLessons();
  const glossary = getGlossary();
  getResponsibilityMatrix(); // content/responsibility-matrix.ts: throws a ContentError naming file and field
  const forCheck: LessonForCheck[] = [];
  const problems: string[] = [];
  try {
    getChooserData();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
  }
  const sections: Record<string, { title: string; headings: { id: string; text: string }[] }> = {};
  for (const lesson of lessons) {
    try {
      const compiled = await compileLesson(lesson.slug)!;
      forCheck.push({
        slug: lesson.slug,
        file: displayPath(lesson.file),
        source: fs.readFileSync(lesson.file, 'utf8'),
        headingIds: compiled.headings.map((heading) => heading.id),
        sourceUrls: lesson.sources.map((source) => source.url),
      });
      sections[lesson.slug] = { title: lesson.title, headings: compiled.headings };
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  const pages: Record<string, string[]> = {};
  for (const route of publicRoutes()) pages[route.path] = [];
  pages['/glossary'] = glossary.map((entry) => entry.id);
  pages['/checklists'] = getChecklists().map((list) => list.id); // validates content/checklists.ts
  const headingsBySlug = Object.fromEntries(forCheck.map((lesson) => [lesson.slug, lesson.headingIds]));
  return [...problems, ...checkGlossaryLessons(glossary, headingsBySlug), ...checkChecklistTags(forCheck), ...checkSite({ lessons: forCheck, pages }), ...(await checkDiagrams(sections))];
}

main()
  .then((problems) => {
    if (problems.length) {
      console.error(problems.join('\n'));
      console.error(`\ncontent check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      process.exit(1);
    }
    console.log(
      `content check: ${getLessons().length} lessons, ${getGlossary().length} glossary terms, the checklists, the quiz matrix, the chooser data and the architecture diagrams OK`,
    );
  })
  .catch((error: unknown) => {
    if (error instanceof ContentError) {
      console.error(error.problems.join('\n'));
      process.exit(1);
    }
    throw error;
  });
