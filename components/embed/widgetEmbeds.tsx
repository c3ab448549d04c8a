/**
 * What each /embed/widgets/<name> page shows, from the widgets' server parts (components/mdx/widget-registry.tsx):
 * not the lesson views, since an embed is a page of its own, so titles are h2 and the quiz shows every round.
 * Widgets with a path argument (the checklists, the check-up) have their own routes under app/embed/widgets/.
 */
import { WIDGETS, type Widget } from '@/lib/widget-catalogue';
import { widgetEmbedViews } from '@/components/mdx/widget-registry';

/** The widgets without a path argument, by embed name: the ones /embed/widgets/<name> shows. */
type PlainWidget = Exclude<Widget, { embed: { argument: object } }>;
export type PlainEmbedName = PlainWidget['embed']['name'];

export const WIDGET_EMBEDS = Object.fromEntries(
  WIDGETS.filter((widget) => !('argument' in widget.embed)).map((widget) => [widget.embed.name, widgetEmbedViews[widget.embed.name]]),
) as Record<PlainEmbedName, (typeof widgetEmbedViews)[PlainEmbedName]>;

export const isPlainEmbedName = (name: string): name is PlainEmbedName => Object.prototype.hasOwnProperty.call(WIDGET_EMBEDS, name);

/** /embed/widgets/<name>/<argument>: the view of a widget whose embed takes a path argument. */
export function widgetEmbedWithArgument(name: Exclude<Widget, PlainWidget>['embed']['name'], argument: string) {
  return widgetEmbedViews[name].render(argument);
}
