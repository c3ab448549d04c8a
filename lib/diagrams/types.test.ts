import { expect, test } from 'vitest';
import { OWNER_SPOKEN, OWNER_TAGS, type Owner } from './types';

// A box with an owner tag shows "<label> <TAG>" and is named "<label>, <spoken owner>" (components/architecture-
// diagram/decorate.ts): the name contains the visible text (WCAG 2.5.3 Label in Name) only if each spoken owner
// starts with its tag's word.
test('each spoken owner starts with the word its tag shows', () => {
  for (const owner of Object.keys(OWNER_TAGS) as Owner[]) {
    expect(OWNER_SPOKEN[owner].toLowerCase().startsWith(`${OWNER_TAGS[owner].toLowerCase()} `), owner).toBe(true);
  }
});
