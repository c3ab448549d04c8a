/**
 * Scoring for one round of the responsibility quiz. Pure: placements in, per-card results and counts out.
 * A card that was never placed is "unanswered", not wrong: it costs a point but gets no "wrong" feedback.
 */
import type { Owner, QuizCard } from './types';

/** Where each placed card is; a card missing from the record is still in the card pool. */
export type Placements = Record<string, Owner>;

export type CardStatus = 'correct' | 'wrong' | 'unanswered';

export type CardResult = { id: string; placed: Owner | null; answer: Owner; status: CardStatus };

export type RoundScore = {
  results: CardResult[];
  correct: number;
  wrong: number;
  unanswered: number;
  /** Every card counts, placed or not. */
  max: number;
};

type AnswerKey = Pick<QuizCard, 'id' | 'answer'>[];

export function scoreRound(cards: AnswerKey, placements: Placements): RoundScore {
  const results = cards.map((card): CardResult => {
    const placed = Object.prototype.hasOwnProperty.call(placements, card.id) ? placements[card.id] : null;
    const status: CardStatus = placed === null ? 'unanswered' : placed === card.answer ? 'correct' : 'wrong';
    return { id: card.id, placed, answer: card.answer, status };
  });
  const count = (status: CardStatus) => results.filter((result) => result.status === status).length;
  return { results, correct: count('correct'), wrong: count('wrong'), unanswered: count('unanswered'), max: cards.length };
}

/** "9 of 12 correct" */
export function scoreLine(score: Pick<RoundScore, 'correct' | 'max'>): string {
  return `${score.correct} of ${score.max} correct`;
}

/** What follows the score in the results live region: "2 wrong, 1 not placed." or "Every card is in the right zone." */
export function scoreDetails(score: RoundScore): string {
  if (score.correct === score.max) return 'Every card is in the right zone.';
  const details = [score.wrong ? `${score.wrong} wrong` : '', score.unanswered ? `${score.unanswered} not placed` : ''].filter(Boolean);
  return `${capitalise(details.join(', '))}.`;
}

/** For "Try again": correct cards stay where they are, wrong ones go back to the pool. */
export function keepCorrect(cards: AnswerKey, placements: Placements): Placements {
  const kept: Placements = {};
  for (const card of cards) if (placements[card.id] === card.answer) kept[card.id] = card.answer;
  return kept;
}

/** For "Show solution": every card in its answer zone. */
export function solutionPlacements(cards: AnswerKey): Placements {
  return Object.fromEntries(cards.map((card) => [card.id, card.answer]));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
