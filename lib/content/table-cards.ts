/**
 * Lesson tables on phones (issue 30): below 40rem each body row is shown as a card, each cell under its column's
 * header (app/globals.css, `.table-scroll[data-cards]`). This build-time step gives every body cell its header as
 * `data-label` (the visible label, drawn by CSS with no client code), each header cell its `scope`, and the table
 * and its row groups their ARIA roles: CSS `display: block` on a table can make a browser drop it from the
 * accessibility tree, and the roles keep it a table. Rows and cells get no role: HTML does not allow one on a
 * `tr`, `th` or `td` inside a table exposed as a table (the Nu validator, `npm run test:html`, refuses it), and
 * e2e/lesson-tables.spec.ts checks in Chromium's accessibility tree that each cell is still read with its header.
 */
import { isElement, textOf, type HastNode } from './hast';

const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup' };

const elements = (node: HastNode) => (node.children ?? []).filter((child) => child.type === 'element');

/** The text of each cell of the table's first row (its header row), trimmed. */
export function headerCells(table: HastNode): string[] {
  const rows: HastNode[] = [];
  const collect = (node: HastNode) => {
    if (isElement(node, 'tr')) rows.push(node);
    else node.children?.forEach(collect);
  };
  collect(table);
  return rows[0] ? elements(rows[0]).map((cell) => textOf(cell).trim()) : [];
}

/** Sets the roles, the header cells' scopes and the body cells' `data-label`s in place; returns the header labels. */
export function labelTableCells(table: HastNode): string[] {
  const headers = headerCells(table);
  const visit = (node: HastNode, inHead: boolean) => {
    if (node.type !== 'element' || !node.tagName) return;
    const tag = node.tagName;
    const role = ROLES[tag];
    if (role) node.properties = { ...node.properties, role };
    if (tag === 'th') node.properties = { ...node.properties, scope: inHead ? 'col' : 'row' };
    if (tag === 'tr' && !inHead) {
      elements(node).forEach((cell, column) => {
        const label = headers[column];
        if (label) cell.properties = { ...cell.properties, dataLabel: label };
      });
    }
    node.children?.forEach((child) => visit(child, inHead || tag === 'thead'));
  };
  visit(table, false);
  return headers;
}
