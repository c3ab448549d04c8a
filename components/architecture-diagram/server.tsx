/**
 * What the MDX tags <LaunchTypeDiagram />, <LayeredResponsibilityDiagram /> and <TargetsLandscapeDiagram />
 * render on the server: load and validate the diagram (data file, mermaid sources, lesson links), then hand the
 * validated props to the lazily loaded client view. Invalid data fails the production build with one line per
 * problem; in development it shows an inline error box instead of a blank space.
 */
import type { ComponentType } from 'react';
import type { DiagramId } from '@/content/diagrams';
import { ContentError } from '@/lib/content/errors';
import { getResolvedDiagram } from '@/lib/diagrams/load';
import type { ResolvedDiagram } from '@/lib/diagrams/types';
import {
  LaunchTypeDiagram as LaunchTypeDiagramView,
  LayeredResponsibilityDiagram as LayeredResponsibilityDiagramView,
  TargetsLandscapeDiagram as TargetsLandscapeDiagramView,
} from '@/components/mdx/widgets';
import { DiagramProblem } from './DiagramProblem';

async function DiagramFromContent({ id, View, headingLevel }: { id: DiagramId; View: ComponentType<{ diagram: ResolvedDiagram; headingLevel?: 2 | 3 }>; headingLevel?: 2 | 3 }) {
  const result = await getResolvedDiagram(id);
  if (result.status === 'invalid') {
    if (process.env.NODE_ENV === 'production') throw new ContentError(result.errors);
    return (
      <div className="not-prose my-10">
        <DiagramProblem title={`The diagram "${id}" has problems and cannot be drawn:`} messages={result.errors} note="The production build fails until they are fixed." />
      </div>
    );
  }
  return <View diagram={result.value} headingLevel={headingLevel} />;
}

export function LaunchTypeDiagram({ headingLevel }: { headingLevel?: 2 | 3 }) {
  return <DiagramFromContent id="launch-type" View={LaunchTypeDiagramView} headingLevel={headingLevel} />;
}

export function LayeredResponsibilityDiagram({ headingLevel }: { headingLevel?: 2 | 3 }) {
  return <DiagramFromContent id="layered-responsibility" View={LayeredResponsibilityDiagramView} headingLevel={headingLevel} />;
}

export function TargetsLandscapeDiagram({ headingLevel }: { headingLevel?: 2 | 3 }) {
  return <DiagramFromContent id="targets-landscape" View={TargetsLandscapeDiagramView} headingLevel={headingLevel} />;
}
