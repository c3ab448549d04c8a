/**
 * The progress file: the whole learner store in one versioned JSON file, to keep a copy or move to another
 * browser. Writing it needs no validation library, so this module is light; reading one back is
 * lib/progress/import.ts (zod), loaded only when a learner picks a file.
 *
 * {
 *   "format": "containers-on-aws-progress",
 *   "version": 1,
 *   "exportedAt": "2026-12-01T22:00:00.000Z",
 *   "checksum": "fnv1a32:0a1b2c3d",        // of JSON.stringify(learner): a file changed by hand is refused
 *   "learner": { "version": 2, "theme": ..., "lessons": ..., "widgets": ..., "results": ..., "reviews": ... }
 * }
 */
import type { LearnerState } from '../learner-store';

export const PROGRESS_FORMAT = 'containers-on-aws-progress';
export const PROGRESS_FORMAT_VERSION = 1;
/** A real file is a few KB (about 60 KB with every question answered 20 times); anything far larger is not one. */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;

export type ProgressFile = {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_FORMAT_VERSION;
  exportedAt: string;
  checksum: string;
  learner: LearnerState;
};

/** FNV-1a (32 bit) over the UTF-16 code units: enough to tell an edited or damaged file, not a security measure. */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32:${hash.toString(16).padStart(8, '0')}`;
}

export function progressFile(state: LearnerState, now = new Date()): ProgressFile {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    checksum: checksumOf(JSON.stringify(state)),
    learner: state,
  };
}

/** The file's text (indented, so a learner can read it) and its name, dated. */
export function exportProgress(state: LearnerState, now = new Date()): { text: string; fileName: string } {
  return { text: `${JSON.stringify(progressFile(state, now), null, 2)}\n`, fileName: `containers-on-aws-progress-${now.toISOString().slice(0, 10)}.json` };
}

/** What a learner has in the store, in a few words (for the import's confirmation and its success message). */
export function progressSummary(state: LearnerState): { lessonsDone: number; answers: number; items: number } {
  const logs = Object.values(state.reviews).map((item) =>
    item && typeof item === 'object' && Array.isArray((item as { log?: unknown }).log) ? (item as { log: unknown[] }).log.length : 0,
  );
  return { lessonsDone: Object.keys(state.lessons).length, answers: logs.reduce((sum, count) => sum + count, 0), items: logs.length };
}

/** Nothing a learner would miss: an import then replaces it without asking (flagged questions count as progress). */
export function isEmptyProgress(state: LearnerState): boolean {
  return (
    Object.keys(state.lessons).length === 0 &&
    Object.keys(state.widgets).length === 0 &&
    state.results.length === 0 &&
    Object.keys(state.reviews).length === 0 &&
    Object.keys(state.disputes ?? {}).length === 0
  );
}
