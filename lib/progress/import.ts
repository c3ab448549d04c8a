/**
 * Reading a progress file back (lib/progress/format.ts writes it), checked with the same learner schema the store
 * uses (lib/learner/schema.ts), so a file is accepted exactly when the store would accept it. Pure: the result says what to store, or exactly why the file was refused
 * (which field), and the caller changes nothing on a refusal.
 *
 * Accepted: a progress file of format version 1 (its learner store of version 1 or 2), or a bare learner store as
 * kept in localStorage (version 1 or 2). Older learner stores go through the store's own MIGRATIONS.
 */
import { check, learnerStateSchema, type LearnerState } from '../learner/schema';
import { CURRENT_VERSION, migrateRecord } from '../learner-store';
import { checksumOf, MAX_PROGRESS_FILE_BYTES, PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION } from './format';

export type ImportSource = 'progress-file' | 'learner-store';
export type ImportResult =
  { status: 'ok'; state: LearnerState; source: ImportSource; migratedFrom?: number; exportedAt?: string } | { status: 'refused'; reason: string };

const refuse = (reason: string): ImportResult => ({ status: 'refused', reason });
const describe = (value: unknown) =>
  typeof value === 'string'
    ? `"${value.slice(0, 40)}"`
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'an object'
          : String(value);
const field = (prefix: string, name: string) => [prefix, name].filter(Boolean).join('.');

/** The progress file's own fields (its learner store is checked with the learner schema). */
function fileProblem(record: Record<string, unknown>): string | undefined {
  if (record.format !== PROGRESS_FORMAT) return `field "format": expected "${PROGRESS_FORMAT}"`;
  if (typeof record.version !== 'number' || !Number.isInteger(record.version)) return 'field "version": expected the format version as a whole number';
  if (typeof record.exportedAt !== 'string' || Number.isNaN(Date.parse(record.exportedAt)))
    return 'field "exportedAt": expected a date and time such as "2026-12-01T10:00:00.000Z"';
  if (typeof record.checksum !== 'string') return 'field "checksum": expected the checksum as text';
  return undefined;
}

/** Bring an older learner store up to CURRENT_VERSION through the store's own migrations, then check it whole. */
function readLearner(value: unknown, prefix: string): { state: LearnerState; from?: number } | string {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `field "${prefix || '(the whole file)'}": expected the learner store as an object, got ${describe(value)}`;
  const record = value as Record<string, unknown>;
  const migrated = migrateRecord(record);
  if ('newer' in migrated)
    return `field "${field(prefix, 'version')}": this progress is learner store version ${migrated.newer}, from a newer version of the site (this one reads up to ${CURRENT_VERSION})`;
  if ('problem' in migrated) return `${migrated.problem.replace('field "version"', `field "${field(prefix, 'version')}"`)}, got ${describe(record.version)}`;
  const checked = check(learnerStateSchema, migrated.record, prefix);
  if (!checked.ok) return checked.problem;
  return { state: checked.value, from: migrated.from };
}

/** Read the text of a picked file. Never throws; on 'refused' nothing should change. */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES)
    return refuse(`The file is ${Math.round(text.length / 1000)} KB; a progress file is a few KB. Is it the right file?`);
  if (text.trim() === '') return refuse('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not complete JSON, so it may have been cut short or edited (${error instanceof Error ? error.message : 'parse error'}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse(`This is not a progress file: expected a JSON object, got ${describe(data)}.`);
  const record = data as Record<string, unknown>;

  if (!('format' in record)) {
    // A bare learner store (copied from the browser's storage, or from a site before progress files).
    if (!('lessons' in record) || !('version' in record)) return refuse(`This is not a progress file: field "format": expected "${PROGRESS_FORMAT}".`);
    const learner = readLearner(record, '');
    if (typeof learner === 'string') return refuse(`This learner store cannot be read: ${learner}.`);
    return { status: 'ok', state: learner.state, source: 'learner-store', ...(learner.from ? { migratedFrom: learner.from } : {}) };
  }

  const problem = fileProblem(record);
  if (problem) return refuse(`This is not a progress file this site can read: ${problem}.`);
  const { version, exportedAt, checksum } = record as { version: number; exportedAt: string; checksum: string };
  const rawLearner = record.learner;
  if (version > PROGRESS_FORMAT_VERSION)
    return refuse(
      `field "version": this file is format version ${version}, from a newer version of the site (this one reads version ${PROGRESS_FORMAT_VERSION}).`,
    );
  if (version < 1) return refuse(`field "version": expected format version ${PROGRESS_FORMAT_VERSION}, got ${version}.`);
  const learner = readLearner(rawLearner, 'learner');
  if (typeof learner === 'string') return refuse(`The progress in this file cannot be read: ${learner}.`);
  if (checksumOf(JSON.stringify(rawLearner)) !== checksum) {
    return refuse(
      'field "checksum": the progress in this file was changed after it was exported (its checksum does not match). Export it again from the other browser.',
    );
  }
  return { status: 'ok', state: learner.state, source: 'progress-file', exportedAt, ...(learner.from ? { migratedFrom: learner.from } : {}) };
}
