/**
 * The quiz data as pages use it: validated once at build time, then resolved into self-contained rounds
 * (cards with their answers, zones, sources) that can be passed to the client as plain props.
 */
import 'server-only';
import { matrixCollection } from './schema';
import { OWNERS, type QuizRound, type ResponsibilityMatrix } from './types';

/** The validated matrix; a bad data file fails the build here with one line per problem. */
export const getResponsibilityMatrix = (): ResponsibilityMatrix => matrixCollection.get();

/** Resolve rounds for the client, in the order asked for (default: every round, in data order). */
export function prepareRounds(matrix: ResponsibilityMatrix, roundIds: string[] = matrix.rounds.map((round) => round.id)): QuizRound[] {
  const layers = new Map(matrix.layers.map((layer) => [layer.id, layer]));
  return roundIds.map((roundId) => {
    const round = matrix.rounds.find((item) => item.id === roundId);
    if (!round) throw new Error(`responsibility quiz: no round "${roundId}"`);
    const cards = round.cells.map((cell) => {
      const layer = layers.get(cell.layer);
      if (!layer) throw new Error(`responsibility quiz: round "${roundId}" uses unknown layer "${cell.layer}"`);
      return { ...layer, answer: cell.owner, explanation: cell.explanation };
    });
    return {
      id: round.id,
      title: round.title,
      description: round.description,
      zones: OWNERS.filter((owner) => cards.some((card) => card.answer === owner)),
      cards,
      omitted: (round.omitted ?? []).map((item) => ({ label: layers.get(item.layer)?.label ?? item.layer, reason: item.reason })),
      sources: round.sources.map((key) => matrix.sources[key]),
    };
  });
}

/** The rounds shown inside the lesson. */
export function lessonRounds(matrix: ResponsibilityMatrix = getResponsibilityMatrix()): QuizRound[] {
  return prepareRounds(matrix, matrix.lessonRounds);
}

/** Every round, for the practice page. */
export function allRounds(matrix: ResponsibilityMatrix = getResponsibilityMatrix()): QuizRound[] {
  return prepareRounds(matrix);
}
