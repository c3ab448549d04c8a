/**
 * The diagrams' part of `npm run check:content` (Node only), for diagrams whose data file passed the collection
 * (lib/diagrams/load.ts): reads every view's source with mermaid's own parser, checks boxes, owners and request
 * hops against it, and checks lesson links against the compiled lessons. Each problem names the file (and the
 * line or field).
 */
import 'server-only';
import { DIAGRAM_FILES, type DiagramId } from '@/content/diagrams';
import { diagramsCollection, loadDiagram } from './load';
import { checkLessonLinks, type LessonSections } from './schema';

export async function checkDiagrams(sections: LessonSections): Promise<string[]> {
  const problems: string[] = [];
  for (const id of Object.keys(DIAGRAM_FILES) as DiagramId[]) {
    const { file, data } = DIAGRAM_FILES[id];
    // A data file with problems of its own is reported by the collection (diagramsCollection.check()).
    if (diagramsCollection.validate([{ file, key: id, data }]).status === 'invalid') continue;
    const loaded = await loadDiagram(id);
    if (loaded.status === 'invalid') problems.push(...loaded.errors);
    else problems.push(...checkLessonLinks(file, loaded.value, sections));
  }
  return problems;
}
