'use client';
/** Under the board: the score or solution note (a status region), any notice, and the round's buttons. */
import type { Phase } from '@/lib/quiz/round';
import type { PanelAction } from '@/lib/quiz/round-panel';
import { isPerfect } from '@/lib/quiz/round-panel';
import { scoreDetails, scoreLine, type RoundScore } from '@/lib/quiz/scoring';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';

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
  /** A graded attempt: one check per round, no "Try again", no solution, no reshuffle of a checked round. */
  graded?: boolean;
};

export function RoundControls({ phase, score, notice, controlId, apply, nextRound, graded = false }: Props) {
  const perfect = score !== null && isPerfect(score);
  return (
    <>
      <div role="status" className="[&>*]:mt-4">
        {score ? (
          <p className={cn(NOTE, perfect ? SUCCESS : NEUTRAL)}>
            <strong className="text-lg">{scoreLine(score)}.</strong> {scoreDetails(score)}
          </p>
        ) : null}
        {phase === 'solution' ? (
          <p className={cn(NOTE, NEUTRAL)}>The answer key is filled in, with the reason for each card. Shuffle to try the round again.</p>
        ) : null}
        {notice ? <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{notice}</p> : null}
      </div>

      <div className="mt-4 flex flex-wrap gap-3">
        {phase === 'sorting' ? (
          <Button id={controlId('check')} onClick={() => apply({ type: 'check' })}>
            Check answers
          </Button>
        ) : null}
        {score && !perfect && !graded ? (
          <Button id={controlId('try-again')} onClick={() => apply({ type: 'try-again' })}>
            Try again
          </Button>
        ) : null}
        {phase !== 'solution' && !perfect && !graded ? (
          <Button id={controlId('solution')} variant="secondary" weight="semibold" onClick={() => apply({ type: 'show-solution' })}>
            Show solution
          </Button>
        ) : null}
        {graded && phase !== 'sorting' ? null : (
          <Button
            id={controlId('shuffle')}
            variant={phase === 'solution' ? 'primary' : 'secondary'}
            weight="semibold"
            onClick={() => apply({ type: 'shuffle' })}
          >
            Shuffle
          </Button>
        )}
        {nextRound && phase !== 'sorting' ? (
          <Button id={controlId('next')} variant="secondary" weight="semibold" onClick={nextRound.go}>
            Next round: {nextRound.title}
          </Button>
        ) : null}
      </div>
    </>
  );
}
