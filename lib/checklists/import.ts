/**
 * Reads a JSON export back (hand-written rather than zod: this runs in the browser). Returns a tagged result:
 * a file that is not JSON, not a checklist export, from a newer format, or edited into a wrong shape is
 * rejected with a short explanation, so the caller can leave the learner's state untouched.
 */
import { pluralise } from '../format';
import { isRecord } from '../guards';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { MAX_NOTES_LENGTH, type ItemState } from './state';

/** Far larger than any real export (a few KB); refuse anything bigger before reading it. */
export const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_ITEMS = 1000;

export type ImportedChecklist = {
  /** Known items from the file, to apply to the state. */
  items: Record<string, ItemState>;
  /** Item ids in the file that no list has (an older or newer version of the lists): ignored. */
  ignored: string[];
  exportedAt: string;
};

export type ImportResult = { status: 'ok'; value: ImportedChecklist } | { status: 'invalid'; message: string };

const invalid = (message: string): ImportResult => ({ status: 'invalid', message });
const CHOOSE_EXPORT = 'Choose a file made with “Export JSON”.';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function parseChecklistImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
  if (text.trim() === '') return invalid(`The file is empty. ${CHOOSE_EXPORT}`);
  if (text.length > MAX_IMPORT_BYTES) return invalid(`The file is too large to be a checklist export. ${CHOOSE_EXPORT}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid(`The file is not valid JSON. ${CHOOSE_EXPORT}`);
  }
  if (!isRecord(data)) return invalid(`The file holds ${kindOf(data)}, not a checklist export. ${CHOOSE_EXPORT}`);
  if (data.format !== EXPORT_FORMAT) {
    return invalid(`This JSON file is not a security checklist export (its "format" is not "${EXPORT_FORMAT}"). ${CHOOSE_EXPORT}`);
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return invalid('The file has no valid format "version", so it cannot be read safely.');
  }
  if (data.version > EXPORT_VERSION) {
    return invalid(`The file uses format version ${data.version}, from a newer version of this site; this page reads version ${EXPORT_VERSION}.`);
  }
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    return invalid('The file’s "exportedAt" date is missing or not a date, so the file looks edited.');
  }
  if (data.lists !== undefined && !(Array.isArray(data.lists) && data.lists.every((list) => typeof list === 'string'))) {
    return invalid('The file’s "lists" field is not a list of checklist names, so the file looks edited.');
  }
  if (!isRecord(data.items)) return invalid('The file has no "items" object, so there is nothing to import.');
  const entries = Object.entries(data.items);
  if (entries.length > MAX_ITEMS) return invalid('The file lists far more items than the checklists have, so the file looks edited.');

  const items: Record<string, ItemState> = {};
  const ignored: string[] = [];
  for (const [id, value] of entries) {
    if (!isRecord(value) || typeof value.checked !== 'boolean' || (value.notes !== undefined && typeof value.notes !== 'string')) {
      return invalid(`Item "${id.slice(0, 60)}" is not in the exported shape ({ "checked": true or false, "notes": text }), so the file looks edited.`);
    }
    const notes = typeof value.notes === 'string' ? value.notes : '';
    if (notes.length > MAX_NOTES_LENGTH) {
      return invalid(`The notes of item "${id.slice(0, 60)}" are longer than ${MAX_NOTES_LENGTH} characters, so the file looks edited.`);
    }
    if (knownIds.has(id)) items[id] = { checked: value.checked, notes };
    else ignored.push(id);
  }
  if (Object.keys(items).length === 0) {
    return invalid(
      entries.length === 0
        ? 'The file lists no items, so there is nothing to import.'
        : `None of the ${entries.length} items in the file are on these checklists.`,
    );
  }
  return { status: 'ok', value: { items, ignored, exportedAt: data.exportedAt } };
}

/** The status line after a successful import, e.g. `Imported “review.json”: 3 of 9 items ticked, 1 with notes. Ignored 1 unknown item: old-check.` */
export function describeImport(fileName: string, value: ImportedChecklist): string {
  const all = Object.values(value.items);
  const ticked = all.filter((item) => item.checked).length;
  const withNotes = all.filter((item) => item.notes.trim() !== '').length;
  let message = `Imported “${fileName}”: ${ticked} of ${pluralise(all.length, 'item')} ticked`;
  message += withNotes ? `, ${withNotes} with notes.` : '.';
  if (value.ignored.length) {
    const shown = value.ignored.slice(0, 5).join(', ');
    const more = value.ignored.length > 5 ? ` and ${value.ignored.length - 5} more` : '';
    message += ` Ignored ${pluralise(value.ignored.length, 'unknown item')}: ${shown}${more}.`;
  }
  return message;
}
