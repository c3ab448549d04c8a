/**
 * Server-side loading of the architecture diagrams: reads the data files and mermaid sources, validates them
 * (the sources with mermaid's own parser), checks their lesson links against the compiled lessons and resolves
 * the props for the client view. Used by components/architecture-diagram/server.tsx and by the content check
 * (diagramsCollection for the data files, ./check.ts for the sources and links).
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { DIAGRAM_FILES, type DiagramId } from '@/content/diagrams';
import { defineCollection, type Validation } from '../content/collection';
import { compileLesson } from '../content/compile';
import { getLessonMeta } from '../content/lessons';
import { checkDiagramData, checkLessonLinks, diagramSchema, lessonLinks, validateDiagram, type DiagramValidation, type LessonSections } from './schema';
import { resolveDiagram } from './resolve';
import type { ResolvedDiagram } from './types';

export function readDiagramSource(relative: string): string | undefined {
  const file = path.join(process.cwd(), 'content', 'diagrams', relative);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/**
 * Every diagram data file, for the content check (the pages load one diagram at a time with loadDiagram). The
 * collection checks what needs no parsing; reading the sources with mermaid is asynchronous, so checkDiagrams
 * (./check.ts) does it for every diagram whose data file passed.
 */
export const diagramsCollection = defineCollection({
  name: 'architecture diagrams',
  files: () => Object.entries(DIAGRAM_FILES).map(([key, { file, data }]) => ({ file, key, data })),
  schema: diagramSchema,
  checkRecord: (diagram, file) => checkDiagramData(file, diagram, readDiagramSource),
});

export function loadDiagram(id: DiagramId): Promise<DiagramValidation> {
  const { file, data } = DIAGRAM_FILES[id];
  return validateDiagram(file, data, readDiagramSource);
}

/** Titles and headings of the lessons a diagram links to, from the (memoised) lesson compiler. */
export async function lessonSections(slugs: string[]): Promise<LessonSections> {
  const sections: LessonSections = {};
  for (const slug of new Set(slugs)) {
    const meta = getLessonMeta(slug);
    const compiled = compileLesson(slug);
    if (!meta || !compiled) continue;
    sections[slug] = { title: meta.title, headings: (await compiled).headings };
  }
  return sections;
}

export type ResolvedDiagramResult = Validation<ResolvedDiagram>;

export async function getResolvedDiagram(id: DiagramId): Promise<ResolvedDiagramResult> {
  const loaded = await loadDiagram(id);
  if (loaded.status === 'invalid') return loaded;
  const sections = await lessonSections(lessonLinks(loaded.value).map((link) => link.slug));
  const errors = checkLessonLinks(DIAGRAM_FILES[id].file, loaded.value, sections);
  if (errors.length) return { status: 'invalid', errors };
  return { status: 'ok', value: resolveDiagram(id, loaded.value, sections) };
}
