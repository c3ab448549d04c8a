'use client';
/** Under the board: the score or solution note (a status region), any notice, and the round's buttons. */
import type { Phase } from '@/lib/quiz/round';
import type { PanelAction } from '@/lib/quiz/round-panel';
import { isPerfect } from '@/lib/quiz/round-panel';
import { scoreDetails, scoreLine, type RoundScore } from '@/lib/quiz/scoring';

const BUTTON = 'inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold';
const PRIMARY = `${BUTTON} bg-accent-700 text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400`;
const SECONDARY = `${BUTTON} border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800`;
const NOTE = 'rounded-lg border px-4 py-3';
const NEUTRAL = 'border-zinc-300 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
const SUCCESS = 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100';

type Props = {
  phase: Phase;
  score: RoundScore | null;
  notice: string;
  controlId: (name: string) => string;
  apply: (action: PanelAction) => void;
  nextRound?: { title: string; go: () => void };
};

export function RoundControls({ phase, score, notice, controlId, apply, nextRound }: Props) {
  const perfect = score !== null && isPerfect(score);
  return (
    <>
      <div role="status" className="[&>*]:mt-4">
        {score ? (
          <p className={`${NOTE} ${perfect ? SUCCESS : NEUTRAL}`}>
            <strong className="text-lg">{scoreLine(score)}.</strong> {scoreDetails(score)}
          </p>
        ) : null}
        {phase === 'solution' ? <p className={`${NOTE} ${NEUTRAL}`}>The answer key is filled in, with the reason for each card. Shuffle to try the round again.</p> : null}
        {notice ? <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{notice}</p> : null}
      </div>

      <div className="mt-4 flex flex-wrap gap-3">
        {phase === 'sorting' ? (
          <button id={controlId('check')} type="button" onClick={() => apply({ type: 'check' })} className={PRIMARY}>
            Check answers
          </button>
        ) : null}
        {score && !perfect ? (
          <button id={controlId('try-again')} type="button" onClick={() => apply({ type: 'try-again' })} className={PRIMARY}>
            Try again
          </button>
        ) : null}
        {phase !== 'solution' && !perfect ? (
          <button id={controlId('solution')} type="button" onClick={() => apply({ type: 'show-solution' })} className={SECONDARY}>
            Show solution
          </button>
        ) : null}
        <button id={controlId('shuffle')} type="button" onClick={() => apply({ type: 'shuffle' })} className={phase === 'solution' ? PRIMARY : SECONDARY}>
          Shuffle
        </button>
        {nextRound && phase !== 'sorting' ? (
          <button id={controlId('next')} type="button" onClick={nextRound.go} className={SECONDARY}>
            Next round: {nextRound.title}
          </button>
        ) : null}
      </div>
    </>
  );
}
