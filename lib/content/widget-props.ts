/**
 * A remark plugin for the lesson compiler: checks the props on every widget tag against the widget's props schema
 * (lib/widgets.ts), so `<SecurityChecklist list="controlplane" />` fails `npm run check:content` and the build
 * with the file and line, before any page renders it.
 */
import { isWidgetName, widgetPropProblems } from '../widgets';

type JsxAttribute = { type: string; name?: string; value?: string | null | { type: string; value: string } };
type MdastNode = {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number } };
  children?: MdastNode[];
};

/** An attribute's value as the author wrote it: a string, `true` for a bare attribute, an expression's literal. */
function attributeValue(value: JsxAttribute['value']): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  try {
    return JSON.parse(value.value);
  } catch {
    return `{${value.value}}`;
  }
}

/** The props of every widget tag with the line it starts on. */
export function widgetTags(tree: MdastNode): { name: string; line: number; props: Record<string, unknown> }[] {
  const found: { name: string; line: number; props: Record<string, unknown> }[] = [];
  const visit = (node: MdastNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isWidgetName(node.name)) {
      const props: Record<string, unknown> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name) props[attribute.name] = attributeValue(attribute.value);
        else props['{...spread}'] = true;
      }
      found.push({ name: node.name, line: node.position?.start.line ?? 1, props });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/** Collects `file:line: <Tag>: prop "x": expected ...` lines into `problems` (lines count the frontmatter too). */
export function checkWidgetProps(file: string, problems: string[]) {
  return () => (tree: MdastNode) => {
    for (const tag of widgetTags(tree)) {
      if (!isWidgetName(tag.name)) continue;
      for (const problem of widgetPropProblems(tag.name, tag.props)) problems.push(`${file}:${tag.line}: <${tag.name}>: ${problem}`);
    }
  };
}
