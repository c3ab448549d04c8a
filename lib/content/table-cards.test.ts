import { describe, expect, it } from 'vitest';
import type { HastNode } from './hast';
import { headerCells, labelTableCells } from './table-cards';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, ...children: HastNode[]): HastNode => ({ type: 'element', tagName, properties: {}, children });
const ws = text('\n');

const table = () =>
  el(
    'table',
    ws,
    el('thead', el('tr', el('th', text('Target')), ws, el('th', text(' Largest '), el('em', text('unit')))), ws),
    el('tbody', el('tr', el('td', text('Lambda')), el('td', text('10 GB'))), ws, el('tr', el('td', text('Fargate')), el('td'))),
  );

describe('labelTableCells', () => {
  it('reads the header row', () => {
    expect(headerCells(table())).toEqual(['Target', 'Largest unit']);
  });

  it('labels every body cell with its column header and gives the table and its row groups their roles and each header cell its scope', () => {
    const t = table();
    expect(labelTableCells(t)).toEqual(['Target', 'Largest unit']);
    const [thead, tbody] = t.children!.filter((n) => n.type === 'element');
    expect(t.properties).toMatchObject({ role: 'table' });
    expect(thead.properties).toMatchObject({ role: 'rowgroup' });
    const headRow = thead.children![0];
    // No role on rows and cells: HTML forbids one inside a table exposed as a table.
    expect(headRow.properties).not.toHaveProperty('role');
    expect(headRow.children!.filter((n) => n.type === 'element').map((th) => th.properties)).toEqual([{ scope: 'col' }, { scope: 'col' }]);
    const rows = tbody.children!.filter((n) => n.type === 'element');
    expect(rows.map((row) => row.children!.map((cell) => cell.properties))).toEqual([
      [{ dataLabel: 'Target' }, { dataLabel: 'Largest unit' }],
      [{ dataLabel: 'Target' }, { dataLabel: 'Largest unit' }],
    ]);
  });

  it('gives a header cell in the body the row scope, and leaves a cell past the headers unlabelled', () => {
    const t = el('table', el('thead', el('tr', el('th', text('Layer')))), el('tbody', el('tr', el('th', text('Network')), el('td', text('extra')))));
    labelTableCells(t);
    const row = t.children![1].children![0];
    expect(row.children!.map((cell) => cell.properties)).toEqual([{ scope: 'row', dataLabel: 'Layer' }, {}]);
  });

  it('leaves a table without a header row unlabelled', () => {
    const t = el('table');
    expect(labelTableCells(t)).toEqual([]);
  });
});
