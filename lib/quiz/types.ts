/**
 * Types for the responsibility-matrix quiz. The author-facing shape (content/responsibility-matrix.ts) is the
 * schema in lib/quiz/schema.ts (types here derive from it, type-only); the client only ever sees QuizRound below.
 */
import type { ResponsibilityMatrix as Matrix } from './schema';

/** Where a card can end up. "shared" is offered only in rounds whose answer key uses it. */
export const OWNERS = ['you', 'shared', 'aws'] as const;
export type Owner = (typeof OWNERS)[number];

/** The card pool is a drop target too: dropping a card there takes it back out of the zones. */
export const POOL = 'pool' as const;
export type Location = Owner | typeof POOL;

export type ResponsibilityMatrix = Matrix;
export type SourceRef = Matrix['sources'][string];
/** One layer of the container stack, as a card: a short label and a hint of what it covers. */
export type Layer = Matrix['layers'][number];
export type Round = Matrix['rounds'][number];
/** The answer for one layer in one round, with the one sentence shown when a learner gets it wrong. */
export type Cell = Round['cells'][number];

/** A card as the client needs it: the layer, resolved, with its answer. */
export type QuizCard = Layer & { answer: Owner; explanation: string };

/** A round as the client needs it: no cross-references left to resolve. */
export type QuizRound = {
  id: string;
  title: string;
  description: string;
  /** The zones offered, in the order they are shown (and the order arrow keys visit them). */
  zones: Owner[];
  cards: QuizCard[];
  omitted: { label: string; reason: string }[];
  sources: SourceRef[];
};
