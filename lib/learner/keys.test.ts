import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, KEPT_KEY, STORAGE_KEY, hasSavedLearnerData, isLearnerKey } from './keys';

const storage = (data: Record<string, string>) => ({ getItem: (key: string) => data[key] ?? null });

describe('hasSavedLearnerData', () => {
  it('is false for a browser that never saved anything, or whose storage cannot be read', () => {
    expect(hasSavedLearnerData(storage({}))).toBe(false);
    expect(hasSavedLearnerData(storage({ 'other-site': '1' }))).toBe(false);
    expect(hasSavedLearnerData(null)).toBe(false);
    expect(
      hasSavedLearnerData({
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    ).toBe(false);
  });

  it('is true for the record, kept copies or an older version’s damaged copy, even when empty text', () => {
    expect(hasSavedLearnerData(storage({ [STORAGE_KEY]: '{}' }))).toBe(true);
    expect(hasSavedLearnerData(storage({ [STORAGE_KEY]: '' }))).toBe(true);
    expect(hasSavedLearnerData(storage({ [KEPT_KEY]: '[]' }))).toBe(true);
    expect(hasSavedLearnerData(storage({ [BACKUP_KEY]: 'x' }))).toBe(true);
  });
});

describe('isLearnerKey', () => {
  it('names the store’s keys and a cleared storage, not other keys', () => {
    expect(isLearnerKey(STORAGE_KEY)).toBe(true);
    expect(isLearnerKey(KEPT_KEY)).toBe(true);
    expect(isLearnerKey(null)).toBe(true);
    expect(isLearnerKey(`${STORAGE_KEY}:probe`)).toBe(false);
    expect(isLearnerKey('theme')).toBe(false);
  });
});
