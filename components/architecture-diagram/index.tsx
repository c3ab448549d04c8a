/**
 * The architecture diagrams authors place in lessons. components/mdx/widgets.tsx loads this module with
 * next/dynamic, so its code (and, later and only near a diagram, mermaid) reaches only pages that use it.
 * The server wrappers in ./server.tsx validate the data and pass it in as `diagram`.
 */
import type { ResolvedDiagram } from '@/lib/diagrams/types';
import { ArchitectureDiagram } from './ArchitectureDiagram';

type Props = { diagram: ResolvedDiagram; headingLevel?: 2 | 3 };

export function LaunchTypeDiagram({ diagram, headingLevel }: Props) {
  return <ArchitectureDiagram diagram={diagram} headingLevel={headingLevel} />;
}

export function LayeredResponsibilityDiagram({ diagram, headingLevel }: Props) {
  return <ArchitectureDiagram diagram={diagram} headingLevel={headingLevel} />;
}

export function TargetsLandscapeDiagram({ diagram, headingLevel }: Props) {
  return <ArchitectureDiagram diagram={diagram} headingLevel={headingLevel} />;
}
