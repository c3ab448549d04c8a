/**
 * What a team takes away from a review: a Markdown summary to paste into a ticket, and a versioned JSON file
 * that restores the ticks and notes later or in another browser (see import.ts).
 */
import { filterItems, progressOf } from './progress';
import { itemState, type ChecklistState, type ItemState } from './state';
import { APPLIES_TO_LABELS, SEVERITY_LABELS, type AppliesTo, type ChecklistId, type LaunchFilter, type Severity } from './types';

export const EXPORT_FORMAT = 'containers-on-aws/security-checklist';
export const EXPORT_VERSION = 1;

export type ExportableItem = { id: string; check: string; severity: Severity; appliesTo: AppliesTo };
export type ExportableList = { id: ChecklistId; title: string; items: readonly ExportableItem[] };

export type ChecklistExportFile = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  lists: ChecklistId[];
  items: Record<string, ItemState>;
};

const FILTER_DESCRIPTIONS: Record<LaunchFilter, string> = {
  all: 'All launch types',
  ec2: 'EC2 (items for EC2 or for both launch types)',
  fargate: 'Fargate (items for Fargate or for both launch types)',
};

/** The calendar date where the reviewer is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export type MarkdownInput = {
  lists: readonly ExportableList[];
  state: ChecklistState;
  filter: LaunchFilter;
  now: Date;
  /** Where the checklists live, printed so the ticket links back. */
  link?: string;
};

/** A review a team can paste into a ticket: title, date, filter, then every shown item with its box, severity, launch types and notes. */
export function toMarkdown({ lists, state, filter, now, link }: MarkdownInput): string {
  const shown = lists.map((list) => ({ list, items: filterItems(list.items, filter) }));
  const overall = progressOf(
    shown.flatMap(({ items }) => items),
    state,
  );
  const title = lists.length === 1 ? lists[0].title : 'ECS security checklists';
  const lines = [
    `# Security review: ${title}`,
    '',
    `- Date: ${localDate(now)}`,
    `- Launch types: ${FILTER_DESCRIPTIONS[filter]}`,
    `- Progress: ${overall.done} of ${overall.total} items done`,
  ];
  if (link) lines.push(`- Checklist: ${link}`);
  for (const { list, items } of shown) {
    const progress = progressOf(items, state);
    lines.push('', `## ${list.title}: ${progress.done} of ${progress.total} done`, '');
    for (const item of items) {
      const { checked, notes } = itemState(state, item.id);
      const note = oneLine(notes);
      lines.push(
        `- [${checked ? 'x' : ' '}] ${item.check}`,
        `  - Severity: ${SEVERITY_LABELS[item.severity]}`,
        `  - Applies to: ${APPLIES_TO_LABELS[item.appliesTo]}`,
        note ? `  - Notes: ${note}` : '  - Notes:',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Every item of the given lists, ticked or not, whatever the filter: the file restores the whole state of those lists. */
export function toExportFile(lists: readonly ExportableList[], state: ChecklistState, now: Date): ChecklistExportFile {
  const items: Record<string, ItemState> = {};
  for (const list of lists) {
    for (const item of list.items) {
      const { checked, notes } = itemState(state, item.id);
      items[item.id] = { checked, notes };
    }
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), lists: lists.map((list) => list.id), items };
}

export function toJson(lists: readonly ExportableList[], state: ChecklistState, now: Date): string {
  return `${JSON.stringify(toExportFile(lists, state, now), null, 2)}\n`;
}

/** `security-review-fargate-challenges-2026-11-26.md`, or `security-review-all-checklists-...` for several lists. */
export function exportFileName(lists: readonly { id: ChecklistId }[], extension: 'md' | 'json', now: Date): string {
  const scope = lists.length === 1 ? lists[0].id : 'all-checklists';
  return `security-review-${scope}-${localDate(now)}.${extension}`;
}
