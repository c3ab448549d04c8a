/** Every architecture diagram, by id, with the data file it lives in (named in validation messages). */
import type { DiagramData } from '@/lib/diagrams/types';
import { launchTypeDiagram } from './launch-type';
import { layeredResponsibilityDiagram } from './layered-responsibility';
import { targetsLandscapeDiagram } from './targets-landscape';

export const DIAGRAM_FILES = {
  'launch-type': { file: 'content/diagrams/launch-type.ts', data: launchTypeDiagram },
  'layered-responsibility': { file: 'content/diagrams/layered-responsibility.ts', data: layeredResponsibilityDiagram },
  'targets-landscape': { file: 'content/diagrams/targets-landscape.ts', data: targetsLandscapeDiagram },
} as const satisfies Record<string, { file: string; data: DiagramData }>;

export type DiagramId = keyof typeof DIAGRAM_FILES;
