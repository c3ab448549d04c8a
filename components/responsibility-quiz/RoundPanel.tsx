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
import { useGradedView } from '@/components/assignment/context';

type Props = {
  round: QuizRound;
  lesson: string;
  headingLevel: 2 | 3;
  text: RoundText;
  nextRound?: { title: string; go: () => void };
};

export function RoundPanel({ round, lesson, headingLevel, text, nextRound }: Props) {
  const graded = useGradedView();
  const panel = useRoundPanel(round, lesson, nextRound !== undefined);
  const { state } = panel;
  const checked = state.phase === 'checked' ? scoreRound(round.cards, state.placements) : null;
  // Feedback "none": the round is taken without marks or a score; the attempt's score shows when it is submitted.
  const score = graded?.feedback === 'none' ? null : checked;
  const results = new Map(score?.results.map((result) => [result.id, result]));

  return (
    <div>
      {text.intro}

      <RoundBoard
        round={round}
        panel={panel}
        results={results}
        zoneHeadingLevel={(headingLevel + 1) as 3 | 4}
        graded={graded ? { explain: graded.feedback === 'explanation' } : null}
      />
      <RoundControls
        phase={state.phase}
        score={score}
        notice={panel.notice}
        controlId={panel.ids.control}
        apply={panel.apply}
        nextRound={nextRound}
        graded={graded !== null}
      />
      {graded && checked && !score ? (
        <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">Round answered. Your score shows when every part is answered.</p>
      ) : null}

      <p aria-live="polite" className="sr-only">
        {panel.message}
      </p>

      {text.notes}
    </div>
  );
}
