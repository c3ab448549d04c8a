'use client';
/**
 * The embed dialog's assignment settings (lib/assignment): practice or graded, and for graded what counts, which
 * quiz rounds, attempts, feedback during the attempt and the pass mark. Only for targets with something to grade.
 */
import { useId } from 'react';
import { FEEDBACK_LEVELS, MAX_ATTEMPTS, PRACTICE, defaultGraded, type Assignment, type AssignmentPart, type GradedAssignment } from '@/lib/assignment/settings';
import type { EmbedChoice } from './types';
import { FEEDBACK_LABELS, PART_LABELS } from '@/lib/assignment/labels';

const field = 'rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50';

type Props = { parts: readonly AssignmentPart[]; rounds: readonly EmbedChoice[]; value: Assignment; onChange: (next: Assignment) => void };

export function AssignmentFields({ parts, rounds, value, onChange }: Props) {
  const id = useId();
  const graded = value.mode === 'graded' ? value : null;
  const update = (change: Partial<GradedAssignment>) => graded && onChange({ ...graded, ...change });
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((entry) => entry !== item));

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="font-semibold">Assignment</legend>
        <label className="mt-1 flex min-h-8 items-center gap-2">
          <input type="radio" name={`${id}-mode`} checked={!graded} onChange={() => onChange(PRACTICE)} />
          Practice (not graded; try again and solutions stay)
        </label>
        <label className="mt-1 flex min-h-8 items-center gap-2">
          <input type="radio" name={`${id}-mode`} checked={Boolean(graded)} onChange={() => onChange(defaultGraded(parts))} />
          Graded
        </label>
      </fieldset>
      {graded ? (
        <>
          {parts.length > 1 ? (
            <fieldset>
              <legend className="font-semibold">What counts</legend>
              {parts.map((part) => (
                <label key={part} className="mt-1 flex min-h-8 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={graded.parts.includes(part)}
                    disabled={graded.parts.length === 1 && graded.parts.includes(part)}
                    onChange={(event) =>
                      update({ parts: toggle(graded.parts, part, event.target.checked), ...(part === 'quiz' && !event.target.checked ? { rounds: [] } : {}) })
                    }
                  />
                  {PART_LABELS[part]}
                </label>
              ))}
            </fieldset>
          ) : null}
          {graded.parts.includes('quiz') && rounds.length > 1 ? (
            <fieldset>
              <legend className="font-semibold">Rounds that count</legend>
              <p className="text-zinc-700 dark:text-zinc-300">None ticked: every round.</p>
              {rounds.map((round) => (
                <label key={round.id} className="mt-1 flex min-h-8 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={graded.rounds.includes(round.id)}
                    onChange={(event) => update({ rounds: toggle(graded.rounds, round.id, event.target.checked) })}
                  />
                  {round.title}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Attempts allowed</span>
            <select
              className={field}
              value={String(graded.attempts)}
              onChange={(event) => update({ attempts: event.target.value === 'unlimited' ? 'unlimited' : Number(event.target.value) })}
            >
              {Array.from({ length: MAX_ATTEMPTS }, (_, index) => index + 1).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
              <option value="unlimited">Unlimited</option>
            </select>
          </label>
          <fieldset>
            <legend className="font-semibold">Feedback during the attempt</legend>
            {FEEDBACK_LEVELS.map((level) => (
              <label key={level} className="mt-1 flex min-h-8 items-center gap-2">
                <input type="radio" name={`${id}-feedback`} checked={graded.feedback === level} onChange={() => update({ feedback: level })} />
                {FEEDBACK_LABELS[level]}
              </label>
            ))}
          </fieldset>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Pass mark (%)</span>
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              placeholder="Your LMS's, else 80"
              className={field}
              value={graded.passMark ?? ''}
              onChange={(event) => {
                const number = Number(event.target.value);
                update({ passMark: event.target.value === '' || !Number.isInteger(number) ? undefined : Math.min(100, Math.max(0, number)) });
              }}
            />
          </label>
          <p className="text-zinc-700 dark:text-zinc-300">Solutions and answer keys are never shown in a graded attempt.</p>
        </>
      ) : null}
    </div>
  );
}
