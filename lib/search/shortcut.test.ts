import { expect, it } from 'vitest';
import { isSearchShortcut } from './shortcut';

const press = (key: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...extra,
});

it('isSearchShortcut: opens on "/" outside text fields and on Ctrl+K or Cmd+K anywhere', () => {
  expect(isSearchShortcut(press('/'))).toBe(true);
  expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
  expect(isSearchShortcut(press('K', { metaKey: true, inTextField: true }))).toBe(true);
});
it('isSearchShortcut: leaves "/" typed into a field, plain k and Alt combinations alone', () => {
  expect(isSearchShortcut(press('/', { inTextField: true }))).toBe(false);
  expect(isSearchShortcut(press('k'))).toBe(false);
  expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
});
