/**
 * Every component an MDX author may write. The widgets are listed once in lib/widget-catalogue.ts (each declared by
 * its folder's widget.ts); here each widget's props schema is built from its descriptor with zod, so `npm run
 * check:content` and the build check every tag in every lesson against it. What it renders is its server part
 * (components/<widget>/widget.server.tsx, listed in components/mdx/widget-registry.tsx). Server and scripts only
 * (zod): client code imports the types with `import type`.
 */
import 'server-only';
import { z } from 'zod';
import type { DescriptorProps } from './widget-descriptor';
import { CHECK_UP_COMPONENT, WIDGET_CATALOGUE, type WidgetName } from './widget-catalogue';
import { CITE_COMPONENT } from './content/citations';

export { CHECK_UP_COMPONENT, isWidgetName, type WidgetName } from './widget-catalogue';

/**
 * The props each widget takes, from its descriptor. A widget that takes none has a strict empty schema, so a typo
 * such as `<ResponsibilityQuiz round="x" />` fails the check.
 */
export const WIDGET_PROPS = Object.fromEntries(
  (Object.keys(WIDGET_CATALOGUE) as WidgetName[]).map((name) => [name, WIDGET_CATALOGUE[name].props(z)]),
) as Record<WidgetName, z.ZodObject>;

/** The props an author writes on a widget's tag, as the schema returns them. */
export type WidgetProps<N extends WidgetName> = DescriptorProps<(typeof WIDGET_CATALOGUE)[N]>;

/** Prose components: available to authors, but not widgets (they ship no JavaScript). */
export const PROSE_COMPONENTS = ['Callout', 'Question', 'Owner'] as const;
export type ProseComponentName = (typeof PROSE_COMPONENTS)[number];

/** Every tag an author may write: the widgets, the prose components, the check-up and `<Cite>` (numbered source notes). */
export const AUTHOR_COMPONENTS: readonly string[] = [...Object.keys(WIDGET_CATALOGUE), ...PROSE_COMPONENTS, CHECK_UP_COMPONENT, CITE_COMPONENT];

/**
 * Checks the props written on one widget tag: one message per problem (`field "list": expected ...`), empty when
 * they fit. Values come from the MDX source: strings, or `{...}` expressions kept as their source text.
 */
export function widgetPropProblems(name: WidgetName, props: Record<string, unknown>): string[] {
  const result = WIDGET_PROPS[name].safeParse(props);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `prop "${key}": not expected here (check the spelling)`)
      : [
          `prop "${issue.path.map(String).join('.') || '(all)'}": ${issue.message}${issue.path.length ? `, got ${JSON.stringify(props[String(issue.path[0])]) ?? 'nothing'}` : ''}`,
        ],
  );
}
