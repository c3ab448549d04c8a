/**
 * Types for the responsibility-matrix quiz. The author-facing shape (content/responsibility-matrix.ts) is
 * checked by lib/quiz/schema.ts at build time; the client only ever sees the prepared QuizRound below.
 */

/** Where a card can end up. "shared" is offered only in rounds whose answer key uses it. */
export const OWNERS = ['you', 'shared', 'aws'] as const;
export type Owner = (typeof OWNERS)[number];

/** The card pool is a drop target too: dropping a card there takes it back out of the zones. */
export const POOL = 'pool' as const;
export type Location = Owner | typeof POOL;

export type SourceRef = { title: string; url: string };

/** One layer of the container stack, as a card: a short label and a hint of what it covers. */
export type Layer = { id: string; label: string; hint: string };

/** The answer for one layer in one round, with the one sentence shown when a learner gets it wrong. */
export type Cell = { layer: string; owner: Owner; explanation: string };

/** A layer deliberately left out of a round, and why (e.g. not confirmed in an AWS document). */
export type OmittedLayer = { layer: string; reason: string };

export type Round = {
  id: string;
  /** Tab label: a few words. */
  title: string;
  /** One sentence naming the setup, shown above the cards. */
  description: string;
  /** Keys into ResponsibilityMatrix.sources. */
  sources: string[];
  cells: Cell[];
  omitted?: OmittedLayer[];
};

export type ResponsibilityMatrix = {
  /** The lesson that results are recorded against. */
  lesson: string;
  /** The rounds shown inside that lesson; the practice page shows every round. */
  lessonRounds: string[];
  layers: Layer[];
  sources: Record<string, SourceRef>;
  rounds: Round[];
};

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
