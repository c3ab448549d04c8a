/** The few hast (HTML syntax tree) shapes the build-time lesson plugins read and write. */
export type HastNode = {
  type: string;
  tagName?: string;
  /** MDX JSX elements (widgets, Callout, Question) carry their component name here. */
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export const isElement = (node: HastNode, ...tags: string[]) => node.type === 'element' && tags.includes(node.tagName ?? '');

export const isJsx = (node: HastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
