/**
 * An element's place under a root as child indexes, and back: how an island finds, in its live copy, the control
 * that was focused or tapped in the server's copy (the two are the same markup). Typed on the two DOM properties
 * it reads, so it is tested without a DOM.
 */
export type TreeNode = { parentElement: TreeNode | null; children: ArrayLike<TreeNode> };

export function pathTo<T extends TreeNode>(root: T, element: T): number[] {
  const path: number[] = [];
  for (let node: TreeNode = element; node !== root;) {
    const parent = node.parentElement;
    if (!parent) return [];
    path.unshift(Array.prototype.indexOf.call(parent.children, node) as number);
    node = parent;
  }
  return path;
}

export function elementAt<T extends TreeNode>(root: T, path: readonly number[]): T | null {
  let node: TreeNode = root;
  for (const index of path) {
    const child: TreeNode | undefined = node.children[index];
    if (!child) return null;
    node = child;
  }
  return node as T;
}
