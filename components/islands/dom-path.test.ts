import { expect, test } from 'vitest';
import { elementAt, pathTo, type TreeNode } from './dom-path';

type El = TreeNode & { name: string; children: El[] };
function tree(name: string, children: El[] = []): El {
  const node: El = { name, parentElement: null, children };
  for (const child of children) child.parentElement = node;
  return node;
}
const markup = () => tree('div', [tree('p'), tree('ul', [tree('li'), tree('li', [tree('button')])])]);

test('an element found by its path in a copy of the same markup', () => {
  const first = markup();
  const second = markup();
  const button = first.children[1].children[1].children[0];
  const path = pathTo(first, button);
  expect(path).toEqual([1, 1, 0]);
  expect(elementAt(second, path)).toBe(second.children[1].children[1].children[0]);
  expect(elementAt(second, path)?.name).toBe('button');
});

test('a path that leads nowhere, the root itself, and an element outside the root', () => {
  const root = markup();
  expect(elementAt(root, [0, 5])).toBeNull();
  expect(pathTo(root, root)).toEqual([]);
  expect(pathTo(root, tree('elsewhere'))).toEqual([]);
});
