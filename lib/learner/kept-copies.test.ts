import { describe, expect, it } from 'vitest';
import { createLearnerStore, KEPT_KEY, STORAGE_KEY, setLessonDone, type StorageLike } from '../learner-store';
import { discardCopy, keepCopy, keptCopyFileName, MAX_KEPT_CHARS, MAX_KEPT_COPIES, readKeptCopies, type KeptCopy } from './kept-copies';

const copy = (keptAt: string, text: string): KeptCopy => ({ keptAt, reason: 'damaged', problems: [], text });

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: (key) => void delete data[key] };
}

describe('kept copies (pure)', () => {
  it('adds a copy beside the others and never replaces one', () => {
    const one = keepCopy([], copy('2026-12-01T10:00:00.000Z', 'a'));
    const two = keepCopy(one.copies, copy('2026-12-02T10:00:00.000Z', 'b'));
    expect(two).toEqual({ status: 'kept', copies: [copy('2026-12-01T10:00:00.000Z', 'a'), copy('2026-12-02T10:00:00.000Z', 'b')] });
  });

  it('keeps the same text once', () => {
    const one = keepCopy([], copy('2026-12-01T10:00:00.000Z', 'a'));
    expect(keepCopy(one.copies, copy('2026-12-02T10:00:00.000Z', 'a')).copies).toHaveLength(1);
  });

  it('refuses a copy past the cap and leaves the list as it was', () => {
    const full = Array.from({ length: MAX_KEPT_COPIES }, (_, index) => copy(`2026-12-0${index + 1}T10:00:00.000Z`, `text ${index}`));
    expect(keepCopy(full, copy('2026-12-10T10:00:00.000Z', 'new'))).toEqual({ status: 'full', copies: full });
    expect(keepCopy([], copy('2026-12-10T10:00:00.000Z', 'x'.repeat(MAX_KEPT_CHARS + 1))).status).toBe('full');
  });

  it('reads an unreadable list back as one damaged copy of itself', () => {
    expect(readKeptCopies('not json')).toMatchObject([{ reason: 'damaged', text: 'not json' }]);
    expect(readKeptCopies(null)).toEqual([]);
  });

  it('discards by date and names files by the second', () => {
    expect(discardCopy([copy('a', '1'), copy('b', '2')], 'a')).toEqual([copy('b', '2')]);
    expect(keptCopyFileName(copy('2026-12-06T09:15:42.123Z', ''))).toBe('containers-on-aws-kept-progress-2026-12-06-09-15-42.json');
  });
});

describe('the store never loses a damaged value', () => {
  it('keeps two damages in a row as two dated copies', () => {
    let now = new Date('2026-12-01T10:00:00.000Z');
    const storage = memoryStorage({ [STORAGE_KEY]: 'first damage' });
    createLearnerStore(storage, () => now);
    storage.data[STORAGE_KEY] = '{"second": "damage"';
    now = new Date('2026-12-03T10:00:00.000Z');
    const store = createLearnerStore(storage, () => now);
    expect(store.keptCopies().map((kept) => [kept.keptAt, kept.text])).toEqual([
      ['2026-12-01T10:00:00.000Z', 'first damage'],
      ['2026-12-03T10:00:00.000Z', '{"second": "damage"'],
    ]);
  });

  it('stops saving, instead of overwriting, when a copy cannot be kept; resumes once there is room', () => {
    const full = Array.from({ length: MAX_KEPT_COPIES }, (_, index) => copy(`2026-11-0${index + 1}T10:00:00.000Z`, `text ${index}`));
    const storage = memoryStorage({ [STORAGE_KEY]: 'damage', [KEPT_KEY]: JSON.stringify(full) });
    const store = createLearnerStore(storage);
    expect(store.notice()).toBe('copies-full');
    expect(store.persistence()).toBe('memory');
    store.update((state) => setLessonDone(state, 'launch-types', true));
    expect(storage.data[STORAGE_KEY]).toBe('damage');
    store.discardKeptCopy(full[0].keptAt);
    expect(store.keptCopies().map((kept) => kept.text)).toContain('damage');
    expect(store.notice()).toBe('kept');
    store.update((state) => setLessonDone(state, 'launch-types', true));
    expect(JSON.parse(storage.data[STORAGE_KEY]).lessons['launch-types']).toBeDefined();
  });
});
