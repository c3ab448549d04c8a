/**
 * The one learner-state store: lessons marked done, theme, widget progress and results.
 * Versioned and schema-checked; a value that cannot be read is kept aside under BACKUP_KEY (the learner can
 * download it) and the store starts fresh, never a crash. A full storage quota is reported, not swallowed.
 * No other module touches localStorage (the theme bootstrap script only reads `theme`).
 */
import { isArrayOf, isOneOf, isRecord, isRecordOf, isShape, isString, type Guard } from './guards';
import { isWidgetResult, type WidgetResult } from './results';

export const STORAGE_KEY = 'containers-on-aws:learner';
export const CURRENT_VERSION = 2;
/** Where a stored value that could not be read is kept, so nothing is lost silently. */
export const BACKUP_KEY = 'containers-on-aws:learner:damaged';
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
  /** Spaced-repetition items (check-up questions, matrix rounds) keyed by item id; each checked by its reader. */
  reviews: Record<string, unknown>;
};

export const isLearnerState: Guard<LearnerState> = isShape<LearnerState>({
  version: (value): value is typeof CURRENT_VERSION => value === CURRENT_VERSION,
  theme: isOneOf(THEMES),
  lessons: isRecordOf(isShape<{ doneAt: string }>({ doneAt: isString })),
  widgets: isRecord,
  results: isArrayOf(isWidgetResult),
  reviews: isRecord,
});

export function emptyState(): LearnerState {
  return { version: CURRENT_VERSION, theme: 'system', lessons: {}, widgets: {}, results: [], reviews: {} };
}

/**
 * Migrations from an older version to the next one. Key = the version migrated from.
 * Add one entry here (and bump CURRENT_VERSION) whenever the stored shape changes.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v2 (self-quiz mode): adds the review queue. Lessons, theme, widget slices (checklists, chooser, matrix rounds)
  // and results carry over unchanged.
  1: (old) => ({ ...old, version: 2, reviews: {} }),
};

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
  const { version, theme, lessons, widgets, results, reviews } = record;
  return { state: { version, theme, lessons, widgets, results, reviews }, status: migrated ? 'migrated' : 'ok' };
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
  /** What the learner should be told: a damaged value was kept aside, or the last save hit the quota. */
  notice(): StoreNotice;
  /** The damaged value kept under BACKUP_KEY, for download. */
  damagedCopy(): string | null;
  /** "Start fresh": forget the damaged copy. */
  discardDamagedCopy(): void;
  /** 'memory' when the browser blocks or refuses storage (private mode, a third-party frame): progress lasts for this page only. */
  persistence(): Persistence;
};

export type Persistence = 'saved' | 'memory';

export type StoreNotice = 'damaged' | 'quota' | null;

/** Storage refused a write because it is full (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A store over any Storage; null storage (private mode, server) keeps state in memory only. */
export function createLearnerStore(storage: StorageLike | null): LearnerStore {
  const listeners = new Set<() => void>();
  let status: LoadStatus = 'empty';
  let quotaHit = false;
  const backup = (): string | null => {
    try {
      return storage?.getItem(BACKUP_KEY) ?? null;
    } catch {
      return null;
    }
  };
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
        if (raw) storage?.setItem(BACKUP_KEY, raw); // keep it before clearing: the learner can download it
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
        quotaHit = false;
      } catch (error) {
        // The state lives on for this page only: a full quota is shown to the learner (notice()), and a page that
        // cannot save at all can say so (persistence()).
        quotaHit = isQuotaError(error);
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
    notice: () => (quotaHit ? 'quota' : backup() !== null ? 'damaged' : null),
    damagedCopy: backup,
    discardDamagedCopy() {
      try {
        storage?.removeItem(BACKUP_KEY);
      } catch {
        /* nothing stored */
      }
      emit();
    },
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
