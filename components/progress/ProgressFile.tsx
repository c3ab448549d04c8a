'use client';
/**
 * Export the whole learner store to a file, import one (validated by lib/progress/import.ts, loaded on demand, so
 * zod is never in a first load), and reset everything. A refused file changes nothing and says why.
 */
import { pluralise } from '@/lib/format';
import { useRef, useState } from 'react';
import { getLearnerStore, useLearnerState } from '@/components/learner/useLearnerState';
import { replaceProgress, resetProgress } from '@/components/learner/record-actions';
import { downloadText } from '@/components/security-checklist/download';
import type { LearnerState } from '@/lib/learner-store';
import { exportProgress, isEmptyProgress, MAX_PROGRESS_FILE_BYTES, progressSummary } from '@/lib/progress/format';
import { Button, buttonClass } from '@/components/ui/Button';
import { PageSection } from '@/components/ui/PageSection';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';

type Message = { kind: 'done' | 'refused'; text: string } | null;
type Pending = { state: LearnerState; note: string } | null;

const describe = (state: LearnerState) => {
  const { lessonsDone, answers } = progressSummary(state);
  return `${pluralise(lessonsDone, 'lesson')} done, ${pluralise(answers, 'answer')} in the review queue`;
};
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export function ProgressFile() {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [resetting, setResetting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const store = getLearnerStore();
  // Through the hook, not store.get(): the closed dialogs are in the server HTML, which has no saved progress, and
  // hydration must render what the server rendered (reading the store directly was React error #418).
  const current = useLearnerState(describe);

  const apply = (state: LearnerState, note: string) => {
    replaceProgress(state);
    setMessage({ kind: 'done', text: `Imported: ${describe(state)}${note}.` });
  };

  const read = async (file: File | undefined) => {
    if (input.current) input.current.value = ''; // the same file can be picked again
    if (!file) return;
    if (file.size > MAX_PROGRESS_FILE_BYTES) {
      setMessage({
        kind: 'refused',
        text: `Nothing was changed. ${file.name} is ${Math.round(file.size / 1000)} KB; a progress file is a few KB. Is it the right file?`,
      });
      return;
    }
    const [{ importProgress }, text] = await Promise.all([import('@/lib/progress/import'), file.text()]);
    const result = importProgress(text);
    if (result.status === 'refused') {
      setMessage({ kind: 'refused', text: `Nothing was changed: ${file.name} was not imported. ${result.reason}` });
      return;
    }
    const note = `${result.exportedAt ? ` (exported on ${when(result.exportedAt)})` : ''}${result.migratedFrom ? `; brought up to date from an older format (learner store version ${result.migratedFrom})` : ''}`;
    if (isEmptyProgress(store.get())) apply(result.state, note);
    else {
      setMessage(null);
      setPending({ state: result.state, note });
    }
  };

  return (
    <PageSection id="file-title" title="Move or reset your progress" titleLook="panel" className="print:hidden">
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        The file holds everything this browser keeps for the course: lessons done, answers and review schedule, checklist ticks and notes, chooser and quiz
        progress, and your theme. Importing a file replaces what this browser has.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button
          onClick={() => {
            const { text, fileName } = exportProgress(store.get());
            downloadText(text, fileName, 'application/json');
            setMessage({ kind: 'done', text: `Exported ${fileName}: ${describe(store.get())}.` });
          }}
        >
          Export progress
        </Button>
        <label
          className={buttonClass({
            variant: 'outline',
            className: 'cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600 dark:has-[:focus-visible]:ring-accent-300',
          })}
        >
          <input ref={input} type="file" accept=".json,application/json" className="sr-only" onChange={(event) => void read(event.target.files?.[0])} />
          Import a progress file
        </label>
        <Button variant="outline" onClick={() => setResetting(true)}>
          Reset all progress…
        </Button>
      </div>
      {/* Live regions stay in the page (never display: none), so what appears in them is announced. */}
      <div role="status">{message?.kind === 'done' ? <p className="mt-3 text-emerald-800 dark:text-emerald-200">{message.text}</p> : null}</div>
      <div role="alert">
        {message?.kind === 'refused' ? (
          <p className="mt-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
            {message.text}
          </p>
        ) : null}
      </div>

      <ConfirmDialog
        open={pending !== null}
        title="Replace the progress in this browser?"
        confirmLabel="Replace my progress"
        restoreFocus
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) apply(pending.state, pending.note);
          setPending(null);
        }}
      >
        <p>This browser has {current}.</p>
        <p>The file has {pending ? describe(pending.state) : ''}. Export this browser&rsquo;s progress first if you want to keep it.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={resetting}
        danger
        title="Reset all progress?"
        confirmLabel="Reset everything"
        restoreFocus
        onCancel={() => setResetting(false)}
        onConfirm={() => {
          resetProgress();
          setMessage({ kind: 'done', text: 'All progress in this browser was reset. Your theme was kept.' });
          setResetting(false);
        }}
      >
        <p>This deletes, in this browser: {current}, the review schedule, checklist ticks and notes, chooser and quiz progress.</p>
        <p>It cannot be undone. Export your progress first to keep a copy.</p>
      </ConfirmDialog>
    </PageSection>
  );
}
