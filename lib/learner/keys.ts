/**
 * Where the learner store keeps things in localStorage. Apart from the store (lib/learner-store.ts) so that code on
 * every page's first load (the theme bootstrap, components/learner/store-presence.ts) can name them without bringing
 * the store and its schema along.
 */
export const STORAGE_KEY = 'containers-on-aws:learner';
/** Where the kept copies live (a JSON list, see lib/learner/kept-copies.ts). */
export const KEPT_KEY = 'containers-on-aws:learner:kept';
/** Where versions before the kept-copies list kept their one damaged value; moved into KEPT_KEY when read. */
export const BACKUP_KEY = 'containers-on-aws:learner:damaged';

/** Every key the store reads: when none is set, the store would read the empty record and have nothing to tell. */
export const LEARNER_KEYS = [STORAGE_KEY, KEPT_KEY, BACKUP_KEY] as const;

/**
 * Whether this browser holds anything the learner store reads. When it does not, the store's state is the empty
 * record (what the server rendered), so the store and its schema need not load until the learner does something.
 * Storage that cannot be read (private mode, a blocked frame) holds nothing the store could read either.
 */
export function hasSavedLearnerData(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return LEARNER_KEYS.some((key) => storage?.getItem(key) != null);
  } catch {
    return false;
  }
}

/** A `storage` event that may change what the store reads (key null: another tab cleared storage). */
export function isLearnerKey(key: string | null): boolean {
  return key === null || (LEARNER_KEYS as readonly string[]).includes(key);
}
