'use client';
/**
 * One round of the quiz: its heading and instructions, the board, the buttons and the round's notes. State
 * lives in the learner store (slice `quiz:<round>`, see useRoundState); every move is decided by
 * lib/quiz/round-panel and applied by useRoundPanel; a checked round reports its result once per check.
 */
import { scoreRound } from '@/lib/quiz/scoring';
import { roundInstructions } from '@/lib/quiz/announce';
import type { QuizRound } from '@/lib/quiz/types';
import { SourceList } from '@/components/ui/SourceList';
import { RoundBoard } from './RoundBoard';
import { RoundControls } from './RoundControls';
import { useRoundPanel } from './useRoundPanel';

type Props = {
  round: QuizRound;
  lesson: string;
  headingLevel: 2 | 3;
  nextRound?: { title: string; go: () => void };
};

export function RoundPanel({ round, lesson, headingLevel, nextRound }: Props) {
  const panel = useRoundPanel(round, lesson, nextRound !== undefined);
  const { state } = panel;
  const score = state.phase === 'checked' ? scoreRound(round.cards, state.placements) : null;
  const results = new Map(score?.results.map((result) => [result.id, result]));
  const Heading = `h${headingLevel}` as const;

  return (
    <div>
      <Heading className={headingLevel === 2 ? 'text-2xl font-bold tracking-tight text-zinc-950 dark:text-white' : 'text-xl font-semibold text-zinc-950 dark:text-white'}>
        {round.title}
      </Heading>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{round.description}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {roundInstructions(round.zones)} Drag it, or select it and then choose a zone, or use its Move to… menu.
        With a keyboard: Space picks a card up, the arrow keys move it, Space drops it.
      </p>

      <RoundBoard round={round} panel={panel} results={results} zoneHeadingLevel={(headingLevel + 1) as 3 | 4} />
      <RoundControls phase={state.phase} score={score} notice={panel.notice} controlId={panel.ids.control} apply={panel.apply} nextRound={nextRound} />

      <p aria-live="polite" className="sr-only">
        {panel.message}
      </p>

      {round.omitted.length ? (
        <div className="mt-6 text-sm text-zinc-700 dark:text-zinc-300">
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">Left out of this round</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {round.omitted.map((item) => (
              <li key={item.label}>
                <span className="font-medium">{item.label}:</span> {item.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
        <SourceList sources={round.sources} label={<span className="font-semibold text-zinc-900 dark:text-zinc-100">Sources for this round: </span>} />.
      </p>
    </div>
  );
}
