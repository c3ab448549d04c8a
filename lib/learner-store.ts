/**
 * The one learner-state store: lessons marked done, theme, widget progress and results.
 * Versioned and schema-checked; a corrupt or unknown-version value is reset, never a crash.
 * No other module touches localStorage (the theme bootstrap script only reads `theme`).
 */
import { z } from 'zod';
import { widgetResultSchema, type WidgetResult } from './results';

export const STORAGE_KEY = 'containers-on-aws:learner';
export const CURRENT_VERSION = 1;
const MAX_RESULTS = 200;

export const themeSchema = z.enum(['light', 'dark', 'system']);
export type ThemePreference = z.infer<typeof themeSchema>;

const stateSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  theme: themeSchema,
  lessons: z.record(z.string(), z.object({ doneAt: z.string() })),
  /** Each widget owns one slice, keyed by widget instance, and validates it itself. */
  widgets: z.record(z.string(), z.unknown()),
  results: z.array(widgetResultSchema),
});

export type LearnerState = z.infer<typeof stateSchema>;

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
  const result = stateSchema.safeParse(record);
  if (!result.success) return { state: emptyState(), status: 'reset' };
  return { state: result.data, status: migrated ? 'migrated' : 'ok' };
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
};

/** A store over any Storage; null storage (private mode, server) keeps state in memory only. */
export function createLearnerStore(storage: StorageLike | null): LearnerStore {
  const listeners = new Set<() => void>();
  let status: LoadStatus = 'empty';
  const read = (): LearnerState => {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      raw = null;
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
      const next = stateSchema.safeParse(change(state));
      if (!next.success) throw new Error(`learner store: refused an invalid update: ${next.error.issues[0]?.message}`);
      state = next.data;
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(state));
      } catch {
        /* quota or private mode: the state lives on for this page */
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

/** Read a widget's slice through its own schema; a slice that no longer fits is treated as absent. */
export function readWidgetState<T>(state: LearnerState, key: string, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(state.widgets[key]);
  return parsed.success ? parsed.data : undefined;
}

export function addResult(state: LearnerState, result: WidgetResult): LearnerState {
  return { ...state, results: [...state.results, result].slice(-MAX_RESULTS) };
}
