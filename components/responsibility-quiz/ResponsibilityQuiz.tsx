'use client';
/**
 * The responsibility-matrix quiz: a round switcher (tabs) over one RoundPanel per way of running containers.
 * The open round is remembered in the learner store, so a reload returns to the round in progress.
 */
import { useId, useMemo, type KeyboardEvent } from 'react';
import { ACTIVE_ROUND_KEY, isActiveRound, roundStateGuard, roundStorageKey, ROUND_STATE_VERSION } from '@/lib/quiz/round';
import { scoreRound } from '@/lib/quiz/scoring';
import type { QuizRound } from '@/lib/quiz/types';
import { useWidgetState } from '@/components/learner/useWidgetState';
import { CheckIcon } from '@/components/ui/icons/CheckIcon';
import { RoundPanel } from './RoundPanel';
import type { RoundText } from './RoundText';
import { cn } from '@/components/ui/cn';
import { useHydrated } from '@/components/ui/useHydrated';
import { useGradedView } from '@/components/assignment/context';

export type ResponsibilityQuizProps = {
  /** Validated on the server (lib/quiz/matrix.ts) and passed down as plain data. */
  rounds: QuizRound[];
  /** The lesson that results are recorded against. */
  lesson: string;
  /** The level of the round heading: 3 inside a lesson section, 2 on the practice page. */
  headingLevel?: 2 | 3;
  /** Each round's fixed text, rendered on the server by roundTexts (./RoundText) at the same heading level. */
  texts: Record<string, RoundText>;
};

type RoundTabProps = {
  round: QuizRound;
  id: string;
  panelId: string;
  selected: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

/** One tab, with a small mark for a checked round: its score, or a tick when every card was right. */
function RoundTab({ round, id, panelId, selected, onSelect, onKeyDown }: RoundTabProps) {
  const guard = useMemo(() => roundStateGuard(round), [round]);
  const [saved] = useWidgetState(roundStorageKey(round.id), guard);
  const score = saved?.phase === 'checked' ? scoreRound(round.cards, saved.placements) : null;
  const perfect = score !== null && score.correct === score.max;
  const status = score ? (perfect ? 'all correct' : `${score.correct} of ${score.max} correct`) : '';
  // A tab clicked before hydration would do nothing: it waits for React, as the checklist's tools do.
  const hydrated = useHydrated();
  return (
    <button
      id={id}
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={panelId}
      // The name holds the visible text ("ECS on Fargate 7/11") so speech and sight agree (WCAG 2.5.3 Label in Name).
      aria-label={score ? (perfect ? `${round.title}, ${status}` : `${round.title} ${score.correct}/${score.max} correct`) : undefined}
      tabIndex={selected ? 0 : -1}
      disabled={!hydrated}
      onClick={onSelect}
      onKeyDown={onKeyDown}
      className={cn(
        'inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-semibold',
        selected
          ? 'border-accent-700 bg-accent-700 text-white dark:border-accent-300 dark:bg-accent-300 dark:text-zinc-950'
          : 'border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800',
      )}
    >
      {round.title}
      {perfect ? <CheckIcon className="h-4 w-4" /> : null}
      {score && !perfect ? ' ' : null}
      {score && !perfect ? (
        <span aria-hidden="true" className="text-xs font-normal">
          {score.correct}/{score.max}
        </span>
      ) : null}
    </button>
  );
}

export function ResponsibilityQuiz({ rounds: offered, lesson, headingLevel = 3, texts }: ResponsibilityQuizProps) {
  const graded = useGradedView();
  // A graded assignment shows the rounds it counts (all the rounds offered when it names none).
  const counted = graded?.rounds ? offered.filter((round) => graded.rounds!.includes(round.id)) : offered;
  const rounds = counted.length ? counted : offered;
  const uid = useId();
  const [activeSlice, setActiveSlice] = useWidgetState(ACTIVE_ROUND_KEY, isActiveRound);
  const activeIndex = Math.max(
    0,
    rounds.findIndex((round) => round.id === activeSlice?.round),
  );
  const active = rounds[activeIndex];
  const tabId = (index: number) => `${uid}-tab-${rounds[index].id}`;
  const panelId = `${uid}-panel`;

  const open = (index: number, focusTab: boolean) => {
    setActiveSlice({ version: ROUND_STATE_VERSION, round: rounds[index].id });
    if (focusTab) document.getElementById(tabId(index))?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = rounds.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? activeIndex === last
          ? 0
          : activeIndex + 1
        : event.key === 'ArrowLeft'
          ? activeIndex === 0
            ? last
            : activeIndex - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    open(target, true);
  };

  if (!active) return null;
  const next = activeIndex + 1 < rounds.length ? activeIndex + 1 : null;

  return (
    <div className="rounded-xl sm:border sm:border-zinc-200 sm:p-6 dark:sm:border-zinc-800">
      {rounds.length > 1 ? (
        <div role="tablist" aria-label="Quiz rounds" className="mb-5 flex flex-wrap gap-2">
          {rounds.map((round, index) => (
            <RoundTab
              key={round.id}
              round={round}
              id={tabId(index)}
              panelId={panelId}
              selected={index === activeIndex}
              onSelect={() => open(index, false)}
              onKeyDown={onTabKeyDown}
            />
          ))}
        </div>
      ) : null}
      <div id={panelId} role={rounds.length > 1 ? 'tabpanel' : undefined} aria-labelledby={rounds.length > 1 ? tabId(activeIndex) : undefined}>
        <RoundPanel
          key={`${active.id}:${graded?.attempt ?? 0}`}
          round={active}
          lesson={lesson}
          headingLevel={headingLevel}
          text={texts[active.id]}
          nextRound={next === null ? undefined : { title: rounds[next].title, go: () => open(next, true) }}
        />
      </div>
    </div>
  );
}
