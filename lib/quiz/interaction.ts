/** A checked quiz card as an LMS interaction (lib/lms/interactions.ts): a choice among the round's zones. */
import { idPart, type Interaction } from '../lms/interactions';
import { ZONE_LABELS } from './announce';
import type { CardResult } from './scoring';
import type { Owner, QuizRound } from './types';

/** One letter per zone, the same in every round: y(ou), s(hared), a(ws). */
export const ZONE_CHOICE_IDS: Record<Owner, string> = { you: 'y', shared: 's', aws: 'a' };

export function cardInteractions(
  round: Pick<QuizRound, 'id' | 'zones' | 'cards'>,
  results: readonly CardResult[],
  latencyMs: number,
  at: string,
): Interaction[] {
  const choices = round.zones.map((zone) => ({ id: ZONE_CHOICE_IDS[zone], text: ZONE_LABELS[zone] }));
  const labels = new Map(round.cards.map((card) => [card.id, card.label]));
  return results.map((result) => ({
    id: `quiz.${idPart(round.id)}.${idPart(result.id)}`,
    type: 'choice',
    description: labels.get(result.id) ?? result.id,
    choices,
    response: result.placed ? [ZONE_CHOICE_IDS[result.placed]] : [],
    correct: [ZONE_CHOICE_IDS[result.answer]],
    result: result.status === 'correct' ? 'correct' : 'wrong',
    // The round is one answer: its time is shared out over its cards, so the card latencies add up to it.
    latencyMs: Math.round(Math.max(0, latencyMs) / Math.max(1, results.length)),
    at,
  }));
}
