import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT } from './export';
import { describeImport, MAX_IMPORT_BYTES, parseChecklistImport, type ImportResult } from './import';
import { applyImportedItems, EMPTY_CHECKLIST_STATE, setChecked } from './state';

const known = new Set(['cp-roles', 'cp-agent', 'app-secrets']);
const file = (items: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-26T09:30:00.000Z', lists: ['control-plane'], items, ...extra });

function message(result: ImportResult): string {
  if (result.status !== 'invalid') throw new Error('expected the file to be rejected');
  return result.message;
}

describe('parseChecklistImport', () => {
  it('accepts a good file and applies it to the state', () => {
    const result = parseChecklistImport(file({ 'cp-roles': { checked: true, notes: 'see IAM-7' }, 'cp-agent': { checked: false, notes: '' } }), known);
    expect(result).toEqual({
      status: 'ok',
      value: {
        items: { 'cp-roles': { checked: true, notes: 'see IAM-7' }, 'cp-agent': { checked: false, notes: '' } },
        ignored: [],
        exportedAt: '2026-11-26T09:30:00.000Z',
      },
    });
    if (result.status !== 'ok') return;
    const before = setChecked(EMPTY_CHECKLIST_STATE, 'cp-agent', true);
    expect(applyImportedItems(before, result.value.items).items).toEqual({ 'cp-roles': { checked: true, notes: 'see IAM-7' } });
    expect(describeImport('review.json', result.value)).toBe('Imported “review.json”: 1 of 2 items ticked, 1 with notes.');
  });

  it('ignores and reports item ids that no list has', () => {
    const result = parseChecklistImport(
      file({ 'cp-roles': { checked: true, notes: '' }, 'old-check': { checked: true, notes: '' }, 'x-2': { checked: false, notes: '' } }),
      known,
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value.items).toEqual({ 'cp-roles': { checked: true, notes: '' } });
    expect(result.value.ignored).toEqual(['old-check', 'x-2']);
    expect(describeImport('review.json', result.value)).toBe('Imported “review.json”: 1 of 1 item ticked. Ignored 2 unknown items: old-check, x-2.');
  });

  it('rejects malformed JSON, and the caller keeps its state', () => {
    const state = setChecked(EMPTY_CHECKLIST_STATE, 'cp-roles', true);
    const result = parseChecklistImport('{"format": "containers-on-aws/security-checklist", "items": {', known);
    expect(message(result)).toBe('The file is not valid JSON. Choose a file made with “Export JSON”.');
    // What the widget does with a rejected file: nothing.
    const after = result.status === 'ok' ? applyImportedItems(state, result.value.items) : state;
    expect(after).toBe(state);
  });

  it('rejects files that are not checklist exports', () => {
    expect(message(parseChecklistImport('', known))).toBe('The file is empty. Choose a file made with “Export JSON”.');
    expect(message(parseChecklistImport('[1, 2]', known))).toBe('The file holds a list, not a checklist export. Choose a file made with “Export JSON”.');
    expect(message(parseChecklistImport(JSON.stringify({ name: 'package' }), known))).toBe(
      'This JSON file is not a security checklist export (its "format" is not "containers-on-aws/security-checklist"). Choose a file made with “Export JSON”.',
    );
    expect(message(parseChecklistImport('x'.repeat(MAX_IMPORT_BYTES + 1), known))).toContain('too large');
  });

  it('rejects a newer or missing format version', () => {
    expect(message(parseChecklistImport(file({}, { version: 2 }), known))).toBe(
      'The file uses format version 2, from a newer version of this site; this page reads version 1.',
    );
    expect(message(parseChecklistImport(file({}, { version: '1' }), known))).toContain('no valid format "version"');
  });

  it('rejects a tampered file: wrong shapes, dates or note lengths', () => {
    expect(message(parseChecklistImport(file({ 'cp-roles': { checked: 'yes', notes: '' } }), known))).toBe(
      'Item "cp-roles" is not in the exported shape ({ "checked": true or false, "notes": text }), so the file looks edited.',
    );
    expect(message(parseChecklistImport(file({ 'cp-roles': true }), known))).toContain('Item "cp-roles" is not in the exported shape');
    expect(message(parseChecklistImport(file({ 'cp-roles': { checked: true, notes: 'x'.repeat(1001) } }), known))).toContain('longer than 1000 characters');
    expect(message(parseChecklistImport(file({ 'cp-roles': { checked: true, notes: '' } }, { exportedAt: 'yesterday' }), known))).toContain(
      '"exportedAt" date',
    );
    expect(message(parseChecklistImport(file({ 'cp-roles': { checked: true, notes: '' } }, { lists: 'control-plane' }), known))).toContain('"lists" field');
    expect(message(parseChecklistImport(file([]), known))).toBe('The file has no "items" object, so there is nothing to import.');
  });

  it('rejects a file in which no item is known, or no item at all', () => {
    expect(message(parseChecklistImport(file({ 'old-check': { checked: true, notes: '' } }), known))).toBe(
      'None of the 1 items in the file are on these checklists.',
    );
    expect(message(parseChecklistImport(file({}), known))).toBe('The file lists no items, so there is nothing to import.');
  });

  it('never lets an item id reach the object prototype', () => {
    const result = parseChecklistImport(
      `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"2026-11-26T09:30:00.000Z","items":{"__proto__":{"checked":true,"notes":""},"cp-roles":{"checked":true,"notes":""}}}`,
      known,
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value.ignored).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.value.items)).toBe(Object.prototype);
  });
});
