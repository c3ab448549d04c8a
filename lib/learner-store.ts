/**
 * The one learner-state store: lessons marked done, theme, widget progress, results and the review queue.
 * Versioned and checked with the one learner schema (lib/learner/schema.ts). Nothing stored is ever lost: a value
 * that cannot be read whole is kept as a dated copy (lib/learner/kept-copies.ts) and the learner is told; a record
 * with some bad fields keeps its good ones. A full storage quota is reported, not swallowed.
 * No other module touches localStorage (the theme bootstrap script only reads `theme`).
 */
import * as v from 'valibot';
import {
  check,
  learnerFields,
  learnerStateSchema,
  LEARNER_VERSION,
  MAX_RESULTS,
  type LearnerState,
  type ThemePreference,
  type WidgetResult,
} from './learner/schema';
import { BACKUP_KEY, KEPT_KEY, STORAGE_KEY } from './learner/keys';
import { discardCopy, keepCopy, readKeptCopies, type KeptCopy, type KeptReason } from './learner/kept-copies';

export { THEMES, isLearnerState, type LearnerState, type ThemePreference } from './learner/schema';

export { STORAGE_KEY, KEPT_KEY, BACKUP_KEY } from './learner/keys';
export const CURRENT_VERSION = LEARNER_VERSION;

export function emptyState(): LearnerState {
  return { version: CURRENT_VERSION, theme: 'system', lessons: {}, widgets: {}, results: [], reviews: {} };
}

/**
 * Migrations from an older version to the next one. Key = the version migrated from.
 * Add one entry here (and bump LEARNER_VERSION) whenever the stored shape changes.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v2 (self-quiz mode): adds the review queue. Lessons, theme, widget slices (checklists, chooser, matrix rounds)
  // and results carry over unchanged.
  1: (old) => ({ ...old, version: 2, reviews: {} }),
};

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'recovered' | 'reset';
export type Parsed = { state: LearnerState; status: LoadStatus; reason?: KeptReason; problems: string[] };

/** Bring an older record up to CURRENT_VERSION; a string says why it cannot be (newer, or no migration). */
export function migrateRecord(record: Record<string, unknown>): { record: Record<string, unknown>; from?: number } | { newer: number } | { problem: string } {
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { problem: `field "version": expected a learner store version (1 to ${CURRENT_VERSION})` };
  if (version > CURRENT_VERSION) return { newer: version };
  let current = record;
  while ((current.version as number) < CURRENT_VERSION) {
    const step = MIGRATIONS[current.version as number];
    if (!step) return { problem: `field "version": no migration from learner store version ${String(current.version)}` };
    current = step(current);
  }
  return { record: current, from: version < CURRENT_VERSION ? version : undefined };
}

type Field = Exclude<keyof typeof learnerFields, 'version'>;
const RECORD_FIELDS = ['lessons', 'widgets', 'reviews', 'disputes'] as const;

/**
 * Read what can be read of a record whose whole failed the schema: each field on its own, and inside the lessons,
 * widgets, reviews and results every entry on its own. Returns the kept parts and the fields that were dropped.
 */
export function recoverRecord(record: Record<string, unknown>): { state: LearnerState; problems: string[] } {
  const state = emptyState();
  const problems: string[] = [];
  const theme = check(learnerFields.theme, record.theme, 'theme');
  if (theme.ok) state.theme = theme.value;
  else problems.push(theme.problem);
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    if (field === 'disputes' && value === undefined) continue;
    const whole = check(learnerFields[field] as v.GenericSchema, value, field);
    if (whole.ok) {
      (state as Record<Field, unknown>)[field] = whole.value;
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(whole.problem);
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const one = check(learnerFields[field] as v.GenericSchema, { [key]: entry }, field);
      if (one.ok) Object.assign(kept, one.value);
      else problems.push(one.problem);
    }
    (state as Record<Field, unknown>)[field] = kept;
  }
  const results = record.results;
  if (Array.isArray(results)) {
    results.slice(-MAX_RESULTS).forEach((result, index) => {
      const one = check(learnerFields.results, [result], `results.${index}`);
      if (one.ok) state.results.push(...one.value);
      else problems.push(one.problem.replace(`results.${index}.0`, `results.${index}`));
    });
  } else problems.push('field "results": expected a list of results');
  const extra = Object.keys(record).filter((key) => !(key in learnerFields));
  if (extra.length) problems.push(`unexpected field${extra.length > 1 ? 's' : ''} ${extra.map((key) => `"${key}"`).join(', ')} (not kept)`);
  return { state, problems };
}

/** Parse what was stored; pure so it can be tested without a browser. */
export function parseStoredState(raw: string | null): Parsed {
  const fresh = (reason: KeptReason, problem: string): Parsed => ({ state: emptyState(), status: 'reset', reason, problems: [problem] });
  if (raw === null || raw === '') return { state: emptyState(), status: 'empty', problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fresh('damaged', 'the saved text is not complete JSON');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fresh('damaged', 'the saved value is not an object');
  const migrated = migrateRecord(data as Record<string, unknown>);
  if ('newer' in migrated)
    return fresh('newer', `saved by a newer version of the site (learner store version ${migrated.newer}; this one reads up to ${CURRENT_VERSION})`);
  if ('problem' in migrated) return fresh('damaged', migrated.problem);
  const whole = v.safeParse(learnerStateSchema, migrated.record);
  if (whole.success) return { state: whole.output, status: migrated.from ? 'migrated' : 'ok', problems: [] };
  const recovered = recoverRecord(migrated.record);
  return { state: recovered.state, status: 'recovered', reason: 'partly-read', problems: recovered.problems };
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
  /** What the learner should be told: copies were kept, they fill their cap (saving paused), or the quota is full. */
  notice(): StoreNotice;
  /** The kept copies, oldest first, for the notice and /progress. */
  keptCopies(): KeptCopy[];
  /** Forget one kept copy (the notice asks first and offers the download). */
  discardKeptCopy(keptAt: string): void;
  /** 'memory' when the browser blocks or refuses storage (private mode, a third-party frame): progress lasts for this page only. */
  persistence(): Persistence;
};

export type Persistence = 'saved' | 'memory';

/** 'kept': copies wait for the learner; 'copies-full': a value could not be kept, so nothing is saved until a copy is discarded. */
export type StoreNotice = 'kept' | 'copies-full' | 'quota' | null;

/** Storage refused a write because it is full (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A store over any Storage; null storage (private mode, server) keeps state in memory only. */
export function createLearnerStore(storage: StorageLike | null, clock: () => Date = () => new Date()): LearnerStore {
  const listeners = new Set<() => void>();
  let status: LoadStatus = 'empty';
  let quotaHit = false;
  /** A value that could not be kept as a copy stays where it is, and nothing overwrites it until there is room. */
  let blocked = false;
  let persistence: Persistence = storage ? 'saved' : 'memory';
  /** The stored text as this store last read or wrote it: anything else there now was written by another tab. */
  let lastRaw: string | null = null;
  const getItem = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      persistence = 'memory';
      return null;
    }
  };
  const copies = (): KeptCopy[] => readKeptCopies(getItem(KEPT_KEY));
  const writeCopies = (list: KeptCopy[]): boolean => {
    try {
      if (list.length) storage?.setItem(KEPT_KEY, JSON.stringify(list));
      else storage?.removeItem(KEPT_KEY);
      return true;
    } catch {
      return false;
    }
  };
  const keep = (text: string, reason: KeptReason, problems: string[]): boolean => {
    const list = copies();
    let keptAt = clock().toISOString();
    while (list.some((copy) => copy.keptAt === keptAt)) keptAt = new Date(Date.parse(keptAt) + 1).toISOString();
    const result = keepCopy(list, { keptAt, reason, problems, text });
    return result.status === 'kept' && writeCopies(result.copies);
  };
  const read = (): LearnerState => {
    const raw = getItem(STORAGE_KEY);
    // The single copy an older version kept joins the list (it is removed only once it is safely in it).
    const legacy = getItem(BACKUP_KEY);
    if (legacy !== null && keep(legacy, 'damaged', ['kept by an earlier version of the site'])) {
      try {
        storage?.removeItem(BACKUP_KEY);
      } catch {
        /* stays where it was */
      }
    }
    const parsed = parseStoredState(raw);
    lastRaw = raw;
    status = parsed.status;
    blocked = false;
    if (raw && parsed.reason) {
      if (!keep(raw, parsed.reason, parsed.problems)) blocked = true;
      else if (parsed.status === 'reset') {
        try {
          storage?.removeItem(STORAGE_KEY);
          lastRaw = null;
        } catch {
          /* storage unavailable: keep the in-memory state */
        }
      }
    }
    return parsed.state;
  };
  let state = read();
  const emit = () => listeners.forEach((listener) => listener());
  const save = () => {
    if (blocked) return;
    try {
      const text = JSON.stringify(state);
      storage?.setItem(STORAGE_KEY, text);
      lastRaw = text;
      quotaHit = false;
    } catch (error) {
      // The state lives on for this page only: a full quota is shown to the learner (notice()), and a page that
      // cannot save at all can say so (persistence()).
      quotaHit = isQuotaError(error);
      persistence = 'memory';
    }
  };
  return {
    get: () => state,
    update(change) {
      // Two tabs: another tab may have written since this one last read (its storage event can still be on its
      // way). Every change is a function of the record, so it is applied to what is stored now, never to an older
      // copy that would write the other tab's answers away.
      const stored = getItem(STORAGE_KEY);
      if (!blocked && persistence === 'saved' && stored !== lastRaw) state = read();
      const next = change(state);
      const checked = check(learnerStateSchema, next);
      if (!checked.ok) throw new Error(`learner store: refused an invalid update (${checked.problem})`);
      state = next;
      save();
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
      if (!blocked) {
        try {
          storage?.removeItem(STORAGE_KEY);
        } catch {
          /* nothing stored */
        }
      }
      emit();
    },
    lastLoadStatus: () => status,
    notice: () => (quotaHit ? 'quota' : blocked ? 'copies-full' : getItem(KEPT_KEY) !== null ? 'kept' : null),
    keptCopies: copies,
    discardKeptCopy(keptAt) {
      writeCopies(discardCopy(copies(), keptAt));
      // With room again, the value that could not be kept is kept now, and saving resumes.
      if (blocked) state = read();
      emit();
    },
    persistence: () => (blocked ? 'memory' : persistence),
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
export function readWidgetState<T>(state: LearnerState, key: string, guard: (value: unknown) => value is T): T | undefined {
  const value = state.widgets[key];
  return guard(value) ? value : undefined;
}

export function addResult(state: LearnerState, result: WidgetResult): LearnerState {
  return { ...state, results: [...state.results, result].slice(-MAX_RESULTS) };
}
