/**
 * The parts of a quiz round that never change while it is played: its heading, description and instructions above
 * the board, and what the round leaves out and its sources below. Rendered on the server for every round and handed
 * to the client quiz as finished markup (`roundTexts`), so their code is not part of the quiz's JavaScript.
 */
import type { ReactNode } from 'react';
import { roundInstructions } from '@/lib/quiz/announce';
import type { QuizRound } from '@/lib/quiz/types';
import { SourceList } from '@/components/ui/SourceList';

export type RoundText = { intro: ReactNode; notes: ReactNode };

function RoundIntro({ round, headingLevel }: { round: QuizRound; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading
        className={
          headingLevel === 2 ? 'text-2xl font-bold tracking-tight text-zinc-950 dark:text-white' : 'text-xl font-semibold text-zinc-950 dark:text-white'
        }
      >
        {round.title}
      </Heading>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{round.description}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {roundInstructions(round.zones)} Drag it, or select it and then choose a zone, or use its Move to… menu. With a keyboard: Space picks a card up, the
        arrow keys move it, Space drops it.
      </p>
    </>
  );
}

// The space after the colon is outside the bold span, as the round drew it before the shared SourceList.
const SOURCES_LABEL = (
  <>
    <span className="font-semibold text-zinc-900 dark:text-zinc-100">Sources for this round:</span>{' '}
  </>
);

function RoundNotes({ round }: { round: QuizRound }) {
  return (
    <>
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
        <SourceList sources={round.sources} label={SOURCES_LABEL} />.
      </p>
    </>
  );
}

/** The fixed text of every round, by round id. */
export function roundTexts(rounds: QuizRound[], headingLevel: 2 | 3): Record<string, RoundText> {
  return Object.fromEntries(
    rounds.map((round) => [round.id, { intro: <RoundIntro round={round} headingLevel={headingLevel} />, notes: <RoundNotes round={round} /> }]),
  );
}
