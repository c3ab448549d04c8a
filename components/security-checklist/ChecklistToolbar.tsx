'use client';
/** The review tools above the items: the launch-type filter, export, import, reset and the status line. */
import { FILTER_LABELS, LAUNCH_FILTERS } from '@/lib/checklists/types';
import { useFocusAfterReset } from './useChecklistReset';
import type { ChecklistWorkspaceState } from './useChecklistWorkspace';

const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-zinc-300 bg-white px-3.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

const STATUS_TONE = {
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100',
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100',
};

export function ChecklistToolbar({ workspace }: { workspace: ChecklistWorkspaceState }) {
  const { state, hydrated, idBase, status, files, reset } = workspace;
  const fileInputId = `${idBase}-import`;
  const statusRef = useFocusAfterReset(reset.resets);
  return (
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
                name={`${idBase}-filter`}
                value={filter}
                checked={state.filter === filter}
                onChange={() => workspace.setFilter(filter)}
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
        <button type="button" className={buttonClass} onClick={files.exportMarkdown} disabled={!hydrated}>
          <DownloadIcon />
          Export Markdown
        </button>
        <button type="button" className={buttonClass} onClick={files.exportJson} disabled={!hydrated}>
          <DownloadIcon />
          Export JSON
        </button>
        <span className="relative inline-flex">
          <input
            id={fileInputId}
            type="file"
            accept="application/json,.json"
            disabled={!hydrated}
            onChange={(event) => void files.importFile(event.currentTarget)}
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
        <button type="button" className={`${buttonClass} text-red-800 dark:text-red-300`} onClick={reset.ask} disabled={!hydrated || reset.nothingToReset}>
          Reset…
        </button>
      </div>
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={status ? `flex items-start gap-2 rounded-md border px-3 py-2 text-sm ${STATUS_TONE[status.tone]}` : 'sr-only'}
      >
        {status ? (
          <>
            <span className="font-semibold">{status.tone === 'error' ? 'Error:' : 'Done:'}</span> <span>{status.text}</span>
          </>
        ) : null}
      </p>
    </div>
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
