/** Turns a validated diagram into the serialisable props the client view renders: lesson links get their section and lesson titles. */
import type { LessonSections, ValidatedDiagram } from './schema';
import type { LessonRef, ResolvedDiagram, ResolvedLink, ResolvedNode } from './types';

function link(ref: LessonRef, sections: LessonSections): ResolvedLink {
  const lesson = sections[ref.slug];
  const heading = lesson?.headings.find((item) => item.id === ref.anchor);
  return { href: `/lessons/${ref.slug}#${ref.anchor}`, section: heading?.text ?? ref.anchor, lesson: lesson?.title ?? ref.slug };
}

/** Call after checkLessonLinks found no problems: a missing heading here would only degrade the link text. */
export function resolveDiagram(id: string, diagram: ValidatedDiagram, sections: LessonSections): ResolvedDiagram {
  const nodes: Record<string, ResolvedNode> = {};
  for (const [nodeId, entry] of Object.entries(diagram.nodes)) {
    const lesson = link(entry.lesson, sections);
    nodes[nodeId] = {
      id: nodeId,
      summary: entry.summary,
      lesson,
      sources: entry.sources ?? [],
      views: Object.fromEntries(
        Object.entries(entry.views ?? {}).map(([viewId, inView]) => [
          viewId,
          { owner: inView.owner, note: inView.note, lesson: inView.lesson ? link(inView.lesson, sections) : lesson },
        ]),
      ),
    };
  }
  return {
    id,
    title: diagram.title,
    viewsLabel: diagram.viewsLabel,
    ownership: diagram.ownership,
    height: diagram.height,
    layout: diagram.layout,
    views: diagram.views.map((view) => ({ id: view.id, label: view.label, source: view.source, chart: view.chart, request: view.request })),
    nodes,
  };
}
