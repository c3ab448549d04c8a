import { describe, expect, it } from 'vitest';
import {
  addResult,
  createLearnerStore,
  emptyState,
  parseStoredState,
  readWidgetState,
  setLessonDone,
  setWidgetState,
  STORAGE_KEY,
  type StorageLike,
} from './learner-store';
import { makeResult } from './results';
import { isRecordOf, isShape, isString } from './guards';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('parseStoredState', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseStoredState(null)).toEqual({ state: emptyState(), status: 'empty', problems: [] });
  });

  it('reads a valid stored state', () => {
    const state = setLessonDone(emptyState(), 'launch-types', true, new Date('2026-11-26T10:00:00Z'));
    expect(parseStoredState(JSON.stringify(state))).toEqual({ state, status: 'ok', problems: [] });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['an array', '[]'],
    ['an unknown future version', '{"version":99,"theme":"light","lessons":{},"widgets":{},"results":[]}'],
    ['a bare number', '42'],
  ])('resets %s without throwing', (_label, raw) => {
    expect(parseStoredState(raw)).toMatchObject({ state: emptyState(), status: 'reset' });
  });

  it('keeps the valid parts of a partly bad record and names the bad fields', () => {
    const raw = JSON.stringify({
      version: 2,
      theme: 'blue',
      lessons: { 'launch-types': { doneAt: '2026-12-01T10:00:00.000Z' }, broken: { doneAt: 'soon' } },
      widgets: { 'quiz-me-first': true },
      results: [{ widget: 'w', lesson: 'l', score: 1, max: 2, passed: false, completedAt: '2026-12-01T10:00:00.000Z' }, { widget: 'w' }],
      reviews: {},
    });
    const parsed = parseStoredState(raw);
    expect(parsed.status).toBe('recovered');
    expect(parsed.reason).toBe('partly-read');
    expect(parsed.state).toMatchObject({ theme: 'system', lessons: { 'launch-types': {} }, widgets: { 'quiz-me-first': true }, results: [{ score: 1 }] });
    expect(Object.keys(parsed.state.lessons)).toEqual(['launch-types']);
    expect(parsed.problems).toEqual([
      'field "theme": expected one of light, dark, system',
      'field "lessons.broken.doneAt": expected a date and time such as "2026-12-01T10:00:00.000Z"',
      expect.stringMatching(/^field "results.1/),
    ]);
  });
});

describe('createLearnerStore', () => {
  it('persists updates and notifies subscribers', () => {
    const storage = memoryStorage();
    const store = createLearnerStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((state) => setLessonDone(state, 'container-options', true));
    expect(calls).toBe(1);
    expect(JSON.parse(storage.data[STORAGE_KEY]).lessons['container-options']).toBeDefined();
    expect(createLearnerStore(storage).get().lessons['container-options']).toBeDefined();
  });

  it('discards a corrupt stored value and reports it', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: 'garbage' });
    const store = createLearnerStore(storage);
    expect(store.get()).toEqual(emptyState());
    expect(store.lastLoadStatus()).toBe('reset');
    expect(storage.data[STORAGE_KEY]).toBeUndefined();
  });

  it('keeps working in memory when storage throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createLearnerStore(throwing);
    expect(store.persistence()).toBe('memory');
    store.update((state) => setLessonDone(state, 'a', true));
    expect(store.get().lessons.a).toBeDefined();
  });

  it('says whether progress is saved: memory without storage or once a write is refused', () => {
    expect(createLearnerStore(null).persistence()).toBe('memory');
    const storage = memoryStorage();
    const store = createLearnerStore(storage);
    expect(store.persistence()).toBe('saved');
    storage.setItem = () => {
      throw new Error('quota');
    };
    store.update((state) => setLessonDone(state, 'a', true));
    expect(store.persistence()).toBe('memory');
    expect(store.get().lessons.a).toBeDefined();
  });

  it('refuses an update that breaks the schema', () => {
    const store = createLearnerStore(memoryStorage());
    expect(() => store.update((state) => ({ ...state, theme: 'neon' as never }))).toThrow(/refused an invalid update/);
    expect(store.get().theme).toBe('system');
  });

  it('undoing "done" removes the lesson', () => {
    const state = setLessonDone(setLessonDone(emptyState(), 'a', true), 'a', false);
    expect(state.lessons).toEqual({});
  });
});

describe('widget slices and results', () => {
  const slice = isShape<{ placed: Record<string, string> }>({ placed: isRecordOf(isString) });

  it('reads back a widget slice that fits its schema', () => {
    const state = setWidgetState(emptyState(), 'quiz:ec2', { placed: { os: 'you' } });
    expect(readWidgetState(state, 'quiz:ec2', slice)).toEqual({ placed: { os: 'you' } });
  });

  it('treats a slice that no longer fits as absent', () => {
    const state = setWidgetState(emptyState(), 'quiz:ec2', { placed: 'nope' });
    expect(readWidgetState(state, 'quiz:ec2', slice)).toBeUndefined();
  });

  it('keeps at most 200 results, newest last', () => {
    let state = emptyState();
    for (let i = 0; i < 205; i++) state = addResult(state, makeResult({ widget: 'w', lesson: 'l', score: i, max: 300 }));
    expect(state.results).toHaveLength(200);
    expect(state.results.at(-1)?.score).toBe(204);
  });

  it('marks a result passed at 80 percent by default', () => {
    expect(makeResult({ widget: 'w', lesson: 'l', score: 8, max: 10 }).passed).toBe(true);
    expect(makeResult({ widget: 'w', lesson: 'l', score: 7, max: 10 }).passed).toBe(false);
    expect(makeResult({ widget: 'w', lesson: 'l', score: 0, max: 0 }).passed).toBe(false);
  });
});
