/**
 * Lesson tables on phones (issue 30): below 40rem each body row is shown as a card, each cell under its column's
 * header (app/globals.css, `.table-scroll[data-cards]`). This build-time step gives every body cell its header as
 * `data-label` (the visible label, drawn by CSS with no client code) and every part of the table its ARIA table
 * role: CSS `display: block` on table parts can make a browser drop the table from the accessibility tree, and
 * the explicit roles keep it a table, so a screen reader still reads each cell with its column header.
 */
import { isElement, textOf, type HastNode } from './hast';

const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row', td: 'cell' };

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

/** Sets the roles and the body cells' `data-label`s in place; returns the header labels. */
export function labelTableCells(table: HastNode): string[] {
  const headers = headerCells(table);
  const visit = (node: HastNode, inHead: boolean) => {
    if (node.type !== 'element' || !node.tagName) return;
    const tag = node.tagName;
    const role = tag === 'th' ? (inHead ? 'columnheader' : 'rowheader') : ROLES[tag];
    if (role) node.properties = { ...node.properties, role };
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
