/**
 * The diagrams' part of `npm run check:content` (Node only), for diagrams whose data passed the collection
 * (lib/diagrams/load.ts): checks lesson links against the compiled lessons and parses every mermaid source with
 * mermaid itself. A source mermaid rejects, or reads differently from the text version, fails the check with the
 * file and mermaid's message.
 */
import 'server-only';
import { DIAGRAM_FILES, type DiagramId } from '@/content/diagrams';
import { compareWithMermaid } from './conformance';
import { loadDiagram } from './load';
import { parseWithMermaid } from './mermaid-node';
import { checkLessonLinks, type LessonSections } from './schema';

export async function checkDiagrams(sections: LessonSections): Promise<string[]> {
  const problems: string[] = [];
  for (const id of Object.keys(DIAGRAM_FILES) as DiagramId[]) {
    const loaded = loadDiagram(id);
    if (loaded.status === 'invalid') continue; // reported by diagramsCollection.check()
    problems.push(...checkLessonLinks(DIAGRAM_FILES[id].file, loaded.value, sections));
    for (const view of loaded.value.views) {
      const mermaid = await parseWithMermaid(view.source);
      if (mermaid.status === 'invalid') {
        problems.push(`${view.sourcePath}: mermaid cannot parse it: ${mermaid.message.replace(/\n/g, ' | ')}`);
        continue;
      }
      problems.push(...compareWithMermaid(view.chart, mermaid.value).map((problem) => `${view.sourcePath}: ${problem}`));
    }
  }
  return problems;
}
