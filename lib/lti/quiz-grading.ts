/**
 * Graded quiz rounds over LTI: the launched page sends only where the learner placed each card; the score is
 * recomputed here with the quiz's own scoring (lib/quiz/scoring.ts) over the rounds the deep link named, resolved on
 * the server from the course's round definitions. A score the browser computed is never read. The page gets the
 * rounds without their answers (toPublicRound).
 */
import { z } from 'zod';
import { percentOf } from '../assignment/attempt';
import { scoreRound, type Placements } from '../quiz/scoring';
import { OWNERS, type Owner, type QuizRound } from '../quiz/types';
import { LtiError } from './errors';
import type { GradedAnswer, GradedAttempt } from './grading';

const ID = z.string().max(80);

export const quizSubmissionSchema = z.object({
  kind: z.literal('quiz'),
  startedAt: z.iso.datetime(),
  rounds: z
    .array(
      z.object({
        roundId: ID,
        /** Card id to the zone it was placed in; a card left in the pool is absent. */
        placements: z.record(ID, z.enum(OWNERS)),
        answeredAt: z.iso.datetime(),
      }),
    )
    .max(40),
});
export type QuizSubmission = z.infer<typeof quizSubmissionSchema>;

/** A round as the graded page shows it: its cards and zones, no answer and no explanation. */
export type PublicRound = { id: string; title: string; description: string; zones: Owner[]; cards: { id: string; label: string; hint: string }[] };

export function toPublicRound(round: QuizRound): PublicRound {
  return {
    id: round.id,
    title: round.title,
    description: round.description,
    zones: [...round.zones],
    cards: round.cards.map((card) => ({ id: card.id, label: card.label, hint: card.hint })),
  };
}

/** The answer row's question id for a card: cards (layers) recur across rounds, so the round is part of it. */
export const cardQuestionId = (roundId: string, cardId: string) => `${roundId}/${cardId}`;

/**
 * Grades the rounds of a graded quiz item: every card of every round counts (a card left unplaced is wrong); a round
 * the item does not have, a round sent twice, a card the round does not have, or a zone the round does not offer is
 * refused (a forged or stale page).
 */
export function gradeQuizSubmission(rounds: readonly QuizRound[], submission: QuizSubmission, now: Date): GradedAttempt {
  const byRound = new Map(submission.rounds.map((entry) => [entry.roundId, entry]));
  if (byRound.size !== submission.rounds.length)
    throw new LtiError('request', 'A round was sent twice in one attempt.', 'Reload the activity and answer again.');
  const ids = new Set(rounds.map((round) => round.id));
  const stray = submission.rounds.find((entry) => !ids.has(entry.roundId));
  if (stray) throw new LtiError('request', `Round "${stray.roundId}" is not part of this activity.`, 'Reload the activity: the rounds have changed.');
  const answers: GradedAnswer[] = [];
  for (const round of rounds) {
    const entry = byRound.get(round.id);
    const placements: Placements = entry?.placements ?? {};
    const cardIds = new Set(round.cards.map((card) => card.id));
    for (const [cardId, zone] of Object.entries(placements)) {
      if (!cardIds.has(cardId)) throw new LtiError('request', `Round "${round.id}" has no card "${cardId}".`, 'Reload the activity: the rounds have changed.');
      if (!round.zones.includes(zone))
        throw new LtiError('request', `Round "${round.id}" does not offer the zone "${zone}".`, 'Reload the activity: the rounds have changed.');
    }
    const answeredAt = entry ? new Date(entry.answeredAt) : now;
    const score = scoreRound(round.cards, placements);
    for (const result of score.results) {
      answers.push({
        questionId: cardQuestionId(round.id, result.id),
        position: answers.length,
        chosen: result.placed ? [result.placed] : [],
        correct: result.status === 'correct',
        answeredAt: answeredAt > now ? now : answeredAt,
      });
    }
  }
  const correct = answers.filter((answer) => answer.correct).length;
  return { answers, correct, total: answers.length, percent: percentOf({ score: correct, max: answers.length }) };
}
