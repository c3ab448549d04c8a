'use client';
/**
 * One round of the quiz: its heading and instructions, the board, the buttons and the round's notes (the fixed text
 * comes rendered from the server, see ./RoundText). State
 * lives in the learner store (slice `quiz:<round>`, see useRoundState); every move is decided by
 * lib/quiz/round-panel and applied by useRoundPanel; a checked round reports its result once per check.
 */
import { scoreRound } from '@/lib/quiz/scoring';
import type { QuizRound } from '@/lib/quiz/types';
import type { RoundText } from './RoundText';
import { RoundBoard } from './RoundBoard';
import { RoundControls } from './RoundControls';
import { useRoundPanel } from './useRoundPanel';

type Props = {
  round: QuizRound;
  lesson: string;
  headingLevel: 2 | 3;
  text: RoundText;
  nextRound?: { title: string; go: () => void };
};

export function RoundPanel({ round, lesson, headingLevel, text, nextRound }: Props) {
  const panel = useRoundPanel(round, lesson, nextRound !== undefined);
  const { state } = panel;
  const score = state.phase === 'checked' ? scoreRound(round.cards, state.placements) : null;
  const results = new Map(score?.results.map((result) => [result.id, result]));

  return (
    <div>
      {text.intro}

      <RoundBoard round={round} panel={panel} results={results} zoneHeadingLevel={(headingLevel + 1) as 3 | 4} />
      <RoundControls phase={state.phase} score={score} notice={panel.notice} controlId={panel.ids.control} apply={panel.apply} nextRound={nextRound} />

      <p aria-live="polite" className="sr-only">
        {panel.message}
      </p>

      {text.notes}
    </div>
  );
}
