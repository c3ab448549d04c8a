'use client';
/**
 * The checklists with their review tools: launch-type filter, progress, Markdown and JSON export, JSON import
 * and reset. One list in a lesson, all three on /checklists; both read and write the same learner-store slice.
 */
import Link from 'next/link';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { exportFileName, toJson, toMarkdown } from '@/lib/checklists/export';
import { describeImport, MAX_IMPORT_BYTES, parseChecklistImport } from '@/lib/checklists/import';
import { checklistProgress, filterItems, progressOf } from '@/lib/checklists/progress';
import { applyImportedItems, countTouched, resetItems, setChecked, setFilter, setNotes } from '@/lib/checklists/state';
import { FILTER_LABELS, LAUNCH_FILTERS, type Checklist, type LaunchFilter } from '@/lib/checklists/types';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/recordResult';
import { ChecklistSection } from './ChecklistSection';
import { downloadText } from './download';
import { ProgressMeter } from './ProgressMeter';
import { ResetDialog } from './ResetDialog';
import { useChecklistState, useHydrated } from './useChecklistState';

type Status = { tone: 'success' | 'error'; text: string } | null;

type Props = {
  checklists: Checklist[];
  /** Every item id on every list, so an import here can carry ticks for the other lists too. */
  knownItemIds: string[];
  scope: 'lesson' | 'page';
  /** The lesson frame's title level: 3 in a lesson section, 2 in an embed. */
  headingLevel?: 2 | 3;
};

const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-zinc-300 bg-white px-3.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function ChecklistWorkspace({ checklists, knownItemIds, scope, headingLevel = 3 }: Props) {
  const [state, update] = useChecklistState();
  const hydrated = useHydrated();
  const idBase = useId().replace(/:/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [resets, setResets] = useState(0);

  // After a reset the Reset button is disabled, so focus cannot return to it: move it to the message instead.
  // (Runs after the dialog's own effect has closed it.)
  useEffect(() => {
    if (resets > 0) statusRef.current?.focus();
  }, [resets]);

  const known = useMemo(() => new Set(knownItemIds), [knownItemIds]);
  const scopeIds = useMemo(() => checklists.flatMap((list) => list.items.map((item) => item.id)), [checklists]);
  const progress = checklistProgress(checklists, state);
  const touched = countTouched(state, scopeIds);
  const scopeName = checklists.length === 1 ? `“${checklists[0].title}”` : 'all three checklists';

  // Print shows every item's details. CSS opens them in browsers that support ::details-content; this opens
  // them everywhere else for the print and restores what the learner had open afterwards.
  useEffect(() => {
    let reopened: HTMLDetailsElement[] = [];
    const before = () => {
      reopened = [...(rootRef.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
      reopened.forEach((details) => (details.open = true));
    };
    const after = () => {
      reopened.forEach((details) => (details.open = false));
      reopened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const onCheckedChange = (checklist: Checklist, itemId: string, checked: boolean) => {
    const before = progressOf(filterItems(checklist.items, state.filter), state);
    const next = update((current) => setChecked(current, itemId, checked));
    const after = progressOf(filterItems(checklist.items, next.filter), next);
    if (checked && after.total > 0 && after.done === after.total && before.done < before.total) {
      recordResult(makeResult({ widget: 'SecurityChecklist', lesson: checklist.lesson, score: after.done, max: after.total }));
    }
  };

  const now = () => new Date();

  const exportMarkdown = () => {
    const date = now();
    const fileName = exportFileName(checklists, 'md', date);
    const link = `${window.location.origin}/checklists`;
    downloadText(toMarkdown({ lists: checklists, state, filter: state.filter, now: date, link }), fileName, 'text/markdown;charset=utf-8');
    setStatus({ tone: 'success', text: `Downloaded ${fileName}: the review of the items shown (${FILTER_LABELS[state.filter]}), ready to paste into a ticket.` });
  };

  const exportJson = () => {
    const date = now();
    const fileName = exportFileName(checklists, 'json', date);
    downloadText(toJson(checklists, state, date), fileName, 'application/json');
    setStatus({ tone: 'success', text: `Downloaded ${fileName}: every tick and note of ${scopeName}, to import later or in another browser.` });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Clear the input so choosing the same file again still triggers a change.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ tone: 'error', text: `“${file.name}” was not imported: it is too large to be a checklist export. Your ticks and notes are unchanged.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: 'error', text: `“${file.name}” could not be read. Your ticks and notes are unchanged.` });
      return;
    }
    const result = parseChecklistImport(text, known);
    if (result.status === 'invalid') {
      setStatus({ tone: 'error', text: `“${file.name}” was not imported. ${result.message} Your ticks and notes are unchanged.` });
      return;
    }
    update((current) => applyImportedItems(current, result.value.items));
    setStatus({ tone: 'success', text: describeImport(file.name, result.value) });
  };

  const confirmReset = () => {
    update((current) => resetItems(current, scopeIds));
    setConfirmingReset(false);
    setResets((count) => count + 1);
    setStatus({ tone: 'success', text: `Reset ${scopeName}: ${plural(touched.checked, 'tick')} and ${plural(touched.notes, 'note')} cleared.` });
  };

  const filterName = `${idBase}-filter`;
  const fileInputId = `${idBase}-import`;

  const toolbar = (
    <div className="space-y-4 print:hidden">
      <noscript>
        <p className="rounded-md border border-zinc-300 px-3 py-2 text-sm text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
          Ticking, exports and import need JavaScript. Every item and its details can still be read here, and printing gives a blank handout.
        </p>
      </noscript>
      <fieldset disabled={!hydrated}>
        <legend className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">Show items for</legend>
        <div className="mt-2 inline-flex flex-wrap rounded-lg border border-zinc-300 bg-zinc-100 p-1 dark:border-zinc-700 dark:bg-zinc-900">
          {LAUNCH_FILTERS.map((filter) => (
            <label
              key={filter}
              className="relative inline-flex min-h-10 min-w-20 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-medium text-zinc-800 has-checked:bg-white has-checked:text-zinc-950 has-checked:shadow-sm has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600 dark:text-zinc-200 dark:has-checked:bg-zinc-700 dark:has-checked:text-white dark:has-focus-visible:outline-accent-300"
            >
              <input
                type="radio"
                name={filterName}
                value={filter}
                checked={state.filter === filter}
                onChange={() => update((current) => setFilter(current, filter as LaunchFilter))}
                className="absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md opacity-0"
              />
              {FILTER_LABELS[filter]}
              {state.filter === filter ? (
                <svg aria-hidden="true" viewBox="0 0 20 20" className="ml-1.5 h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2.5">
                  <path d="M4 10.5l4 4 8-9" />
                </svg>
              ) : null}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Review tools">
        <button type="button" className={buttonClass} onClick={exportMarkdown} disabled={!hydrated}>
          <DownloadIcon />
          Export Markdown
        </button>
        <button type="button" className={buttonClass} onClick={exportJson} disabled={!hydrated}>
          <DownloadIcon />
          Export JSON
        </button>
        <span className="relative inline-flex">
          <input
            id={fileInputId}
            type="file"
            accept="application/json,.json"
            disabled={!hydrated}
            onChange={(event) => void importFile(event.currentTarget)}
            className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0 disabled:cursor-not-allowed"
          />
          <label
            htmlFor={fileInputId}
            className={`${buttonClass} pointer-events-none peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 peer-disabled:opacity-60 dark:peer-focus-visible:outline-accent-300`}
          >
            <UploadIcon />
            Import JSON
          </label>
        </span>
        <button
          type="button"
          className={`${buttonClass} text-red-800 dark:text-red-300`}
          onClick={() => setConfirmingReset(true)}
          disabled={!hydrated || touched.checked + touched.notes === 0}
        >
          Reset…
        </button>
      </div>
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={
          status
            ? `flex items-start gap-2 rounded-md border px-3 py-2 text-sm ${
                status.tone === 'error'
                  ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100'
                  : 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100'
              }`
            : 'sr-only'
        }
      >
        {status ? (
          <>
            <span className="font-semibold">{status.tone === 'error' ? 'Error:' : 'Done:'}</span>{' '}
            <span>{status.text}</span>
          </>
        ) : null}
      </p>
    </div>
  );

  return (
    <div ref={rootRef} className="not-prose">
      <ResetDialog
        open={confirmingReset}
        title={checklists.length === 1 ? `Reset “${checklists[0].title}”?` : 'Reset all three checklists?'}
        description={`This clears ${plural(touched.checked, 'tick')} and ${plural(touched.notes, 'note')} saved in this browser for ${scopeName}, including items the filter hides. Export JSON first if you may want them back.`}
        confirmLabel={checklists.length === 1 ? 'Reset this checklist' : 'Reset all checklists'}
        onCancel={() => setConfirmingReset(false)}
        onConfirm={confirmReset}
      />
      {scope === 'lesson' ? (
        <LessonFrame checklist={checklists[0]} idBase={idBase} toolbar={toolbar} headingLevel={headingLevel}>
          <ChecklistSection
            checklist={checklists[0]}
            state={state}
            progress={progress.lists[checklists[0].id]}
            idBase={idBase}
            scope="lesson"
            printOnNewPage={false}
            disabled={!hydrated}
            onCheckedChange={(itemId, checked) => onCheckedChange(checklists[0], itemId, checked)}
            onNotesChange={(itemId, notes) => update((current) => setNotes(current, itemId, notes))}
          />
        </LessonFrame>
      ) : (
        <div className="space-y-12 print:space-y-0">
          <section aria-labelledby={`${idBase}-tools-title`} className="rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-5 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900 print:hidden">
            <h2 id={`${idBase}-tools-title`} className="sr-only">
              Progress and review tools
            </h2>
            <ProgressMeter id={`${idBase}-overall`} label="Overall:" progress={progress.overall} size="large" />
            <ul className="mt-4 grid gap-3 sm:grid-cols-3">
              {checklists.map((list) => (
                <li key={list.id} className="text-sm">
                  <a href={`#${list.id}`} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
                    {list.title}
                  </a>
                  <span className="block text-zinc-700 dark:text-zinc-300">
                    {progress.lists[list.id].done} of {progress.lists[list.id].total} done
                  </span>
                </li>
              ))}
            </ul>
            <div className="mt-6 border-t border-zinc-200 pt-5 dark:border-zinc-800">{toolbar}</div>
          </section>
          {checklists.map((list, index) => (
            <ChecklistSection
              key={list.id}
              checklist={list}
              state={state}
              progress={progress.lists[list.id]}
              idBase={idBase}
              scope="page"
              printOnNewPage={index > 0}
              disabled={!hydrated}
              onCheckedChange={(itemId, checked) => onCheckedChange(list, itemId, checked)}
              onNotesChange={(itemId, notes) => update((current) => setNotes(current, itemId, notes))}
            />
          ))}
        </div>
      )}
    </div>
  );
}

type LessonFrameProps = { checklist: Checklist; idBase: string; toolbar: React.ReactNode; headingLevel: 2 | 3; children: React.ReactNode };

function LessonFrame({ checklist, idBase, toolbar, headingLevel, children }: LessonFrameProps) {
  const titleId = `${idBase}-lesson-title`;
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={titleId}
      id={`checklist-${checklist.id}`}
      className="my-8 rounded-xl border border-zinc-200 bg-zinc-50/70 px-3 py-5 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900/60 print:border-0 print:bg-white print:px-0"
    >
      <p className="text-xs font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300 print:text-black">Security checklist</p>
      <Title id={titleId} className="mt-1 text-xl font-bold tracking-tight text-zinc-950 dark:text-white print:text-black">
        {checklist.title}
      </Title>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300 print:text-black">{checklist.summary}</p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400 print:hidden">
        Ticks and notes are saved in this browser only, and shared with the{' '}
        <Link href={`/checklists#${checklist.id}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          security checklists page
        </Link>
        , which gathers all three lists.
      </p>
      <div className="mt-5">{toolbar}</div>
      <div className="mt-6">{children}</div>
    </section>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" />
    </svg>
  );
}

function UploadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 14V4m0 0L6 8m4-4l4 4M4 16h12" />
    </svg>
  );
}
