'use client';
/** Flag the question on screen as disputed, with a note; the flag is kept in the learner record and its export. */
import { useId, useState } from 'react';
import { flagDisputed, unflagDisputed } from '@/components/learner/actions';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { buttonClass } from '@/components/ui/Button';
import { MAX_DISPUTE_NOTE } from '@/lib/learner/schema';

export function DisputeFlag({ questionId }: { questionId: string }) {
  const dispute = useLearnerState((state) => state.disputes?.[questionId]);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();

  if (dispute && !editing) {
    return (
      <div className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
        <p>
          Flagged as disputed{dispute.note ? <>: “{dispute.note}”</> : '.'} It stays in your progress (and its export); draw it into a session with “Flagged as
          disputed”.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass({ variant: 'quiet', size: 'sm' })}
            onClick={() => {
              setNote(dispute.note);
              setEditing(true);
            }}
          >
            Edit the note
          </button>
          <button type="button" className={buttonClass({ variant: 'quiet', size: 'sm' })} onClick={() => unflagDisputed(questionId)}>
            Remove the flag
          </button>
        </div>
      </div>
    );
  }
  if (!editing) {
    return (
      <button type="button" className={buttonClass({ variant: 'quiet', size: 'sm', className: 'mt-4' })} onClick={() => setEditing(true)}>
        Flag this question as disputed
      </button>
    );
  }
  return (
    <form
      className="mt-4 grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (flagDisputed(questionId, note)) {
          setEditing(false);
          setProblem('');
        } else setProblem(`The note is longer than ${MAX_DISPUTE_NOTE} characters; shorten it to save the flag.`);
      }}
    >
      <label htmlFor={`${id}-note`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        What seems wrong or unclear? (optional)
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={3}
        aria-describedby={problem ? `${id}-problem` : undefined}
        className="rounded-md border border-zinc-300 bg-white p-2 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass({ size: 'sm' })}>
          Save the flag
        </button>
        <button
          type="button"
          className={buttonClass({ variant: 'quiet', size: 'sm' })}
          onClick={() => {
            setEditing(false);
            setProblem('');
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
