/**
 * What search finds, gathered at build time from the content: one document per lesson section, glossary term,
 * checklist item and chooser question. Each source is one function in SEARCH_SOURCES; to index more (the self-quiz
 * question bank, say), add a function that returns SearchDocument[] and it appears in the dialog and on /search.
 * Server only (it reads the validated content); the browser receives the serialised index from /search-index.json.
 */
import 'server-only';
import { compileLesson } from '../content/compile';
import { getLessons } from '../content/lessons';
import { getGlossary } from '../content/glossary';
import { getChecklists } from '../checklists/load';
import { getChooserData } from '../chooser/load';
import type { SearchDocument } from './types';

export type SearchSource = () => SearchDocument[] | Promise<SearchDocument[]>;

async function lessonSections(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const meta of getLessons()) {
    const lesson = await compileLesson(meta.slug)!;
    for (const section of lesson.sections) {
      const top = section.id === '';
      documents.push({
        id: `lesson:${meta.slug}#${section.id}`,
        group: meta.title,
        title: top ? meta.title : section.heading,
        url: top ? `/lessons/${meta.slug}` : `/lessons/${meta.slug}#${section.id}`,
        // The top of a lesson also answers for its summary and objectives.
        text: top ? [meta.summary, ...meta.objectives, section.text].join(' ') : section.text,
      });
    }
  }
  return documents;
}

function glossaryTerms(): SearchDocument[] {
  return getGlossary().map((entry) => ({
    id: `glossary:${entry.id}`,
    group: 'Glossary',
    title: entry.term,
    url: `/glossary#${entry.id}`,
    text: entry.definition,
  }));
}

function checklistItems(): SearchDocument[] {
  return getChecklists().flatMap((list) =>
    list.items.map((item) => ({
      id: `checklist:${item.id}`,
      group: 'Security checklists',
      title: item.check,
      url: `/checklists#${list.id}`,
      text: `${list.title}. ${item.why} ${item.how.service}: ${item.how.steps}`,
    })),
  );
}

function chooserQuestions(): SearchDocument[] {
  return getChooserData().questions.map((question) => ({
    id: `chooser:${question.id}`,
    group: 'Launch-type chooser',
    title: question.prompt,
    url: '/chooser',
    text: `${question.whyWeAsk} ${question.options.map((option) => `${option.label}. ${option.description ?? ''}`).join(' ')}`,
  }));
}

/** In the order their groups are listed when scores tie: lessons first, then the reference pages. */
export const SEARCH_SOURCES: SearchSource[] = [lessonSections, glossaryTerms, checklistItems, chooserQuestions];

export async function searchDocuments(sources: readonly SearchSource[] = SEARCH_SOURCES): Promise<SearchDocument[]> {
  const documents = (await Promise.all(sources.map((source) => source()))).flat();
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.id)) throw new Error(`search index: document "${document.id}" comes twice, expected unique ids`);
    seen.add(document.id);
  }
  return documents;
}
