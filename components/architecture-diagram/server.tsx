/**
 * What a diagram tag (<LaunchTypeDiagram /> and the others, ./widget.server.tsx) renders on the
 * server: load and validate the diagram (data file, mermaid sources, lesson links), then hand the validated props
 * to the lazily loaded client view, with the text version rendered here (its code never reaches the browser). Invalid data fails the production build with one line per problem; in
 * development it shows an inline error box instead of a blank space.
 */
import type { DiagramId } from '@/content/diagrams';
import { ContentError } from '@/lib/content/errors';
import { getResolvedDiagram } from '@/lib/diagrams/load';
import { ArchitectureDiagramLazy as ArchitectureDiagram } from './lazy';
import { DiagramProblem } from './DiagramProblem';
import { TextVersion } from './TextVersion';

export async function DiagramFromContent({ id, headingLevel }: { id: DiagramId; headingLevel?: 2 | 3 }) {
  const result = await getResolvedDiagram(id);
  if (result.status === 'invalid') {
    if (process.env.NODE_ENV === 'production') throw new ContentError(result.errors);
    return (
      <div className="not-prose my-10">
        <DiagramProblem
          title={`The diagram "${id}" has problems and cannot be drawn:`}
          messages={result.errors}
          note="The production build fails until they are fixed."
        />
      </div>
    );
  }
  return (
    <ArchitectureDiagram diagram={result.value} headingLevel={headingLevel} textVersion={<TextVersion diagram={result.value} headingLevel={headingLevel} />} />
  );
}
