/**
 * The one learner-state store: lessons marked done, theme, widget progress and results.
 * Versioned and schema-checked; a corrupt or unknown-version value is reset, never a crash.
 * No other module touches localStorage (the theme bootstrap script only reads `theme`).
 */
import { isArrayOf, isOneOf, isRecord, isRecordOf, isShape, isString, type Guard } from './guards';
import { isWidgetResult, type WidgetResult } from './results';

export const STORAGE_KEY = 'containers-on-aws:learner';
export const CURRENT_VERSION = 1;
const MAX_RESULTS = 200;

export const THEMES = ['light', 'dark', 'system'] as const;
export type ThemePreference = (typeof THEMES)[number];

export type LearnerState = {
  version: typeof CURRENT_VERSION;
  theme: ThemePreference;
  lessons: Record<string, { doneAt: string }>;
  /** Each widget owns one slice, keyed by widget instance, and checks it itself when reading. */
  widgets: Record<string, unknown>;
  results: WidgetResult[];
};

export const isLearnerState: Guard<LearnerState> = isShape<LearnerState>({
  version: (value): value is typeof CURRENT_VERSION => value === CURRENT_VERSION,
  theme: isOneOf(THEMES),
  lessons: isRecordOf(isShape<{ doneAt: string }>({ doneAt: isString })),
  widgets: isRecord,
  results: isArrayOf(isWidgetResult),
});

export function emptyState(): LearnerState {
  return { version: CURRENT_VERSION, theme: 'system', lessons: {}, widgets: {}, results: [] };
}

/**
 * Migrations from an older version to the next one. Key = the version migrated from.
 * Add one entry here (and bump CURRENT_VERSION) whenever the stored shape changes.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'reset';

/** Parse what was stored; pure so it can be tested without a browser. */
export function parseStoredState(raw: string | null): { state: LearnerState; status: LoadStatus } {
  if (raw === null || raw === '') return { state: emptyState(), status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: emptyState(), status: 'reset' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { state: emptyState(), status: 'reset' };
  let record = data as Record<string, unknown>;
  let migrated = false;
  while (typeof record.version === 'number' && record.version < CURRENT_VERSION && MIGRATIONS[record.version]) {
    record = MIGRATIONS[record.version](record);
    migrated = true;
  }
  if (!isLearnerState(record)) return { state: emptyState(), status: 'reset' };
  const { version, theme, lessons, widgets, results } = record;
  return { state: { version, theme, lessons, widgets, results }, status: migrated ? 'migrated' : 'ok' };
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LearnerStore = {
  get(): LearnerState;
  update(change: (state: LearnerState) => LearnerState): void;
  subscribe(listener: () => void): () => void;
  /** Re-read storage (another tab wrote to it). */
  reload(): void;
  reset(): void;
  lastLoadStatus(): LoadStatus;
  /** 'memory' when the browser blocks or refuses storage (private mode, a third-party frame): progress lasts for this page only. */
  persistence(): Persistence;
};

export type Persistence = 'saved' | 'memory';

/** A store over any Storage; null storage (private mode, server) keeps state in memory only. */
export function createLearnerStore(storage: StorageLike | null): LearnerStore {
  const listeners = new Set<() => void>();
  let status: LoadStatus = 'empty';
  let persistence: Persistence = storage ? 'saved' : 'memory';
  const read = (): LearnerState => {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      raw = null;
      persistence = 'memory';
    }
    const parsed = parseStoredState(raw);
    status = parsed.status;
    if (parsed.status === 'reset') {
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        /* storage unavailable: keep the in-memory state */
      }
    }
    return parsed.state;
  };
  let state = read();
  const emit = () => listeners.forEach((listener) => listener());
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (!isLearnerState(next)) throw new Error('learner store: refused an invalid update (it does not match LearnerState)');
      state = next;
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(state));
      } catch {
        // Quota or blocked storage: the state lives on for this page, and the page can say so.
        persistence = 'memory';
      }
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      state = read();
      emit();
    },
    reset() {
      state = emptyState();
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        /* nothing stored */
      }
      emit();
    },
    lastLoadStatus: () => status,
    persistence: () => persistence,
  };
}

// Small pure updaters, so widgets never hand-edit the state shape.

export function setLessonDone(state: LearnerState, slug: string, done: boolean, now = new Date()): LearnerState {
  const lessons = { ...state.lessons };
  if (done) lessons[slug] = { doneAt: now.toISOString() };
  else delete lessons[slug];
  return { ...state, lessons };
}

export function setTheme(state: LearnerState, theme: ThemePreference): LearnerState {
  return { ...state, theme };
}

export function setWidgetState(state: LearnerState, key: string, value: unknown): LearnerState {
  const widgets = { ...state.widgets };
  if (value === undefined) delete widgets[key];
  else widgets[key] = value;
  return { ...state, widgets };
}

/** Read a widget's slice through its own guard; a slice that no longer fits is treated as absent. */
export function readWidgetState<T>(state: LearnerState, key: string, guard: Guard<T>): T | undefined {
  const value = state.widgets[key];
  return guard(value) ? value : undefined;
}

export function addResult(state: LearnerState, result: WidgetResult): LearnerState {
  return { ...state, results: [...state.results, result].slice(-MAX_RESULTS) };
}
