/** Learner store version 2: the v1 -> v2 migration on a real v1 value, the damaged-value backup and quota errors. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  createLearnerStore,
  KEPT_KEY,
  CURRENT_VERSION,
  isQuotaError,
  parseStoredState,
  setLessonDone,
  STORAGE_KEY,
  type StorageLike,
} from './learner-store';

// Captured from a browser on the v1 site (launch-types done, dark theme, two checklist ticks with a note, a matrix
// round in progress, a chooser result, a quiz result).
const V1 = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'learner-v1.json'), 'utf8').trim();

function memoryStorage(initial: Record<string, string> = {}, failWith?: Error): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      if (failWith && key === STORAGE_KEY) throw failWith;
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('migration from version 1', () => {
  it('keeps lessons done, theme, checklist ticks and notes, matrix and chooser progress, and results', () => {
    const v1 = JSON.parse(V1);
    const { state, status } = parseStoredState(V1);
    expect(status).toBe('migrated');
    expect(state.version).toBe(CURRENT_VERSION);
    expect(state.theme).toBe('dark');
    expect(state.lessons).toEqual(v1.lessons);
    expect(state.widgets).toEqual(v1.widgets);
    expect(state.widgets['checklist:v1']).toMatchObject({
      items: { 'fargate-task-telemetry': { checked: true, notes: 'Flow logs go to the security account.' } },
    });
    expect(state.results).toEqual(v1.results);
    expect(state.reviews).toEqual({});
  });

  it('writes the migrated value back on the next save', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1 });
    const store = createLearnerStore(storage);
    expect(store.lastLoadStatus()).toBe('migrated');
    store.update((state) => setLessonDone(state, 'container-options', true));
    expect(JSON.parse(storage.data[STORAGE_KEY])).toMatchObject({ version: 2, reviews: {}, lessons: { 'launch-types': {}, 'container-options': {} } });
  });
});

describe('a damaged stored value', () => {
  it('is kept under its own key, reported, downloadable, and discarded only when the learner says so', () => {
    const damaged = '{"version":2,"theme":"dark","lessons":{"launch-types":';
    const storage = memoryStorage({ [STORAGE_KEY]: damaged });
    const store = createLearnerStore(storage);
    expect(store.lastLoadStatus()).toBe('reset');
    expect(store.notice()).toBe('kept');
    expect(store.keptCopies()).toMatchObject([{ reason: 'damaged', text: damaged }]);
    // A new page load still tells the learner, until they choose.
    expect(createLearnerStore(storage).notice()).toBe('kept');
    let calls = 0;
    store.subscribe(() => calls++);
    store.discardKeptCopy(store.keptCopies()[0].keptAt);
    expect(calls).toBe(1);
    expect(store.notice()).toBeNull();
    expect(storage.data[KEPT_KEY]).toBeUndefined();
  });

  it('keeps a value from an unknown future version too, named as such', () => {
    const future = '{"version":99,"theme":"light","lessons":{},"widgets":{},"results":[],"reviews":{}}';
    const storage = memoryStorage({ [STORAGE_KEY]: future });
    createLearnerStore(storage);
    expect(JSON.parse(storage.data[KEPT_KEY])).toMatchObject([
      { reason: 'newer', text: future, problems: [expect.stringMatching(/newer version of the site \(learner store version 99/)] },
    ]);
  });

  it('moves the one copy an earlier version kept into the list', () => {
    const storage = memoryStorage({ [BACKUP_KEY]: 'old damage' });
    const store = createLearnerStore(storage);
    expect(store.keptCopies()).toMatchObject([{ reason: 'damaged', text: 'old damage' }]);
    expect(storage.data[BACKUP_KEY]).toBeUndefined();
  });
});

describe('storage quota', () => {
  it('recognises quota errors from different browsers', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('denied'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('says so when a save hits the quota, and keeps the state for the page', () => {
    const store = createLearnerStore(memoryStorage({}, new DOMException('full', 'QuotaExceededError')));
    store.update((state) => setLessonDone(state, 'launch-types', true));
    expect(store.get().lessons['launch-types']).toBeDefined();
    expect(store.notice()).toBe('quota');
  });
});
