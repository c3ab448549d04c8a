/**
 * The MDX component registry of a lesson on the site: the prose components and every widget of lib/widgets.ts
 * (rendered by components/mdx/widget-registry.tsx), each widget with an Embed button for instructors above it.
 * Embeds use embeddedMdxComponents.tsx, which leaves the button out.
 */
import type { ComponentType } from 'react';
import type { MDXContentProps } from 'mdx-bundler/client';
import { WIDGETS, type WidgetName, type WidgetProps } from '@/lib/widgets';
import type { EmbedTarget } from '@/lib/embed/targets';
import { WithEmbedButton } from '@/components/embed/WidgetEmbed';
import { proseComponents } from './prose';
import { widgetViews, type WidgetViews } from './widget-registry';

function withEmbedButton<N extends WidgetName>(name: N): ComponentType<WidgetProps<N>> {
  // Typed per widget in widgetViews; inside this generic function TypeScript cannot follow N, so it sees an object.
  const View = widgetViews[name] as ComponentType<object>;
  const embed: { widget: Extract<EmbedTarget, { kind: 'widget' }>['widget']; argument?: string } = WIDGETS[name].embed;
  function EmbeddableWidget(props: WidgetProps<N>) {
    const argument = embed.argument && String((props as Record<string, unknown>)[embed.argument]);
    return (
      <WithEmbedButton target={argument ? { kind: 'widget', widget: embed.widget, argument } : { kind: 'widget', widget: embed.widget }}>
        <View {...props} />
      </WithEmbedButton>
    );
  }
  return EmbeddableWidget;
}

const lessonWidgets = Object.fromEntries((Object.keys(WIDGETS) as WidgetName[]).map((name) => [name, withEmbedButton(name)])) as WidgetViews;

export const mdxComponents = { ...proseComponents, ...lessonWidgets } as MDXContentProps['components'];
