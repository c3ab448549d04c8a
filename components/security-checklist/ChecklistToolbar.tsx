'use client';
/** The review tools above the items: the launch-type filter, export, import, reset and the status line. */
import { FILTER_LABELS, LAUNCH_FILTERS } from '@/lib/checklists/types';
import { Button, buttonClass } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { DownloadIcon } from '@/components/ui/icons/DownloadIcon';
import { UploadIcon } from '@/components/ui/icons/UploadIcon';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { useFocusAfterReset } from './useChecklistReset';
import type { ChecklistWorkspaceState } from './useChecklistWorkspace';

const FILTER_OPTIONS = LAUNCH_FILTERS.map((filter) => ({ value: filter, label: FILTER_LABELS[filter] }));

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
      <SegmentedControl
        legend="Show items for"
        name={`${idBase}-filter`}
        options={FILTER_OPTIONS}
        value={state.filter}
        onChange={workspace.setFilter}
        disabled={!hydrated}
        markChosen
        optionClassName="min-w-20"
      />
      <div className="flex flex-wrap gap-2" role="group" aria-label="Review tools">
        <Button variant="secondary" size="sm" onClick={files.exportMarkdown} disabled={!hydrated}>
          <DownloadIcon />
          Export Markdown
        </Button>
        <Button variant="secondary" size="sm" onClick={files.exportJson} disabled={!hydrated}>
          <DownloadIcon />
          Export JSON
        </Button>
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
            className={buttonClass({
              variant: 'secondary',
              size: 'sm',
              className:
                'pointer-events-none peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 peer-disabled:opacity-60 dark:peer-focus-visible:outline-accent-300',
            })}
          >
            <UploadIcon />
            Import JSON
          </label>
        </span>
        {/* The established look of Reset…: a secondary button in red type (the red fill is for the confirmation). */}
        <Button variant="caution" size="sm" onClick={reset.ask} disabled={!hydrated || reset.nothingToReset}>
          Reset…
        </Button>
      </div>
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={status ? cn('flex items-start gap-2 rounded-md border px-3 py-2 text-sm', STATUS_TONE[status.tone]) : 'sr-only'}
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
