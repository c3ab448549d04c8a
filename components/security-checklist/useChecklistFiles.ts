'use client';
/** The review tools that move ticks and notes in and out of the browser: Markdown and JSON export, JSON import. */
import { exportFileName, toJson, toMarkdown } from '@/lib/checklists/export';
import { describeImport, MAX_IMPORT_BYTES, parseChecklistImport } from '@/lib/checklists/import';
import { applyImportedItems, type ChecklistState } from '@/lib/checklists/state';
import { FILTER_LABELS, type Checklist } from '@/lib/checklists/types';
import { downloadText } from './download';
import type { ChecklistStatus } from './useChecklistWorkspace';

type Options = {
  checklists: Checklist[];
  state: ChecklistState;
  known: Set<string>;
  scopeName: string;
  update: (change: (state: ChecklistState) => ChecklistState) => ChecklistState;
  setStatus: (status: ChecklistStatus) => void;
};

const UNCHANGED = 'Your ticks and notes are unchanged.';

export function useChecklistFiles({ checklists, state, known, scopeName, update, setStatus }: Options) {
  const exportMarkdown = () => {
    const date = new Date();
    const fileName = exportFileName(checklists, 'md', date);
    const link = `${window.location.origin}/checklists`;
    downloadText(toMarkdown({ lists: checklists, state, filter: state.filter, now: date, link }), fileName, 'text/markdown;charset=utf-8');
    setStatus({
      tone: 'success',
      text: `Downloaded ${fileName}: the review of the items shown (${FILTER_LABELS[state.filter]}), ready to paste into a ticket.`,
    });
  };

  const exportJson = () => {
    const date = new Date();
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
      setStatus({ tone: 'error', text: `“${file.name}” was not imported: it is too large to be a checklist export. ${UNCHANGED}` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: 'error', text: `“${file.name}” could not be read. ${UNCHANGED}` });
      return;
    }
    const result = parseChecklistImport(text, known);
    if (result.status === 'invalid') {
      setStatus({ tone: 'error', text: `“${file.name}” was not imported. ${result.message} ${UNCHANGED}` });
      return;
    }
    update((current) => applyImportedItems(current, result.value.items));
    setStatus({ tone: 'success', text: describeImport(file.name, result.value) });
  };

  return { exportMarkdown, exportJson, importFile };
}
