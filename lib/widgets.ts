/**
 * Every component an MDX author may write, declared once. A widget is its tag name, its label on the course map,
 * the props an author may give it (a zod schema: `npm run check:content` and the build check every tag in every
 * lesson against it) and the embed target it offers instructors. What it renders is typed against this list in
 * components/mdx/widget-registry.tsx, and its code loads lazily through components/mdx/widgets.tsx.
 * Server and scripts only (zod): client code imports the types with `import type`.
 */
import 'server-only';
import { z } from 'zod';
import { CHECKLIST_IDS } from './checklists/types';
import type { EmbedWidgetName } from './embed/targets';

type WidgetSpec = {
  label: string;
  props: z.ZodObject;
  /** The embed offered above the widget in a lesson; `argument` names the prop that picks the instance. */
  embed: { widget: EmbedWidgetName; argument?: string };
};

/** A widget that takes no props from the author: a typo such as `<ResponsibilityQuiz round="x" />` fails the check. */
const noProps = z.strictObject({});

export const WIDGETS = {
  LaunchTypeDiagram: { label: 'Architecture diagram', props: noProps, embed: { widget: 'launch-type-diagram' } },
  LayeredResponsibilityDiagram: { label: 'Layered responsibility diagram', props: noProps, embed: { widget: 'layered-responsibility-diagram' } },
  TargetsLandscapeDiagram: { label: 'Deployment targets map', props: noProps, embed: { widget: 'targets-landscape-diagram' } },
  ResponsibilityQuiz: { label: 'Drag-and-drop quiz', props: noProps, embed: { widget: 'responsibility-quiz' } },
  SecurityChecklist: {
    label: 'Security checklist',
    props: z.strictObject({ list: z.enum(CHECKLIST_IDS, { error: `expected list to be one of ${CHECKLIST_IDS.join(', ')}` }) }),
    embed: { widget: 'checklist', argument: 'list' },
  },
  LaunchTypeChooser: { label: 'Launch-type chooser', props: noProps, embed: { widget: 'chooser' } },
} as const satisfies Record<string, WidgetSpec>;

export type WidgetName = keyof typeof WIDGETS;
/** The props an author writes on a widget's tag, as the schema returns them. */
export type WidgetProps<N extends WidgetName> = z.output<(typeof WIDGETS)[N]['props']>;

/** Prose components: available to authors, but not widgets (they ship no JavaScript). */
export const PROSE_COMPONENTS = ['Callout', 'Question', 'Owner'] as const;
export type ProseComponentName = (typeof PROSE_COMPONENTS)[number];

/**
 * The lesson's check-up, placed once in "## Check yourself". The lesson page binds it to that lesson's questions
 * (content/questions/<slug>.ts); its JavaScript has its own budget (BUDGETS.checkUp), so it is not a widget above.
 */
export const CHECK_UP_COMPONENT = 'CheckUp';

/** Every tag an author may write: the widgets, the prose components and the check-up. */
export const AUTHOR_COMPONENTS: readonly string[] = [...Object.keys(WIDGETS), ...PROSE_COMPONENTS, CHECK_UP_COMPONENT];

export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}

/**
 * Checks the props written on one widget tag: one message per problem (`field "list": expected ...`), empty when
 * they fit. Values come from the MDX source: strings, or `{...}` expressions kept as their source text.
 */
export function widgetPropProblems(name: WidgetName, props: Record<string, unknown>): string[] {
  const result = WIDGETS[name].props.safeParse(props);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `prop "${key}": not expected here (check the spelling)`)
      : [`prop "${issue.path.map(String).join('.') || '(all)'}": ${issue.message}${issue.path.length ? `, got ${JSON.stringify(props[String(issue.path[0])]) ?? 'nothing'}` : ''}`],
  );
}
