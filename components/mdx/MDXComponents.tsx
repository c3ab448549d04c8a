/**
 * The MDX component registry of a lesson on the site: the prose components and every widget of lib/widgets.ts
 * (rendered by components/mdx/widget-registry.tsx), each widget with an Embed button for instructors above it.
 * Embeds use embeddedMdxComponents.tsx, which leaves the button out.
 */
import type { ComponentType } from 'react';
import type { MDXContentProps } from 'mdx-bundler/client';
import { WIDGET_CATALOGUE, type WidgetName } from '@/lib/widget-catalogue';
import type { WidgetProps } from '@/lib/widgets';
import type { EmbedTarget } from '@/lib/embed/targets';
import { WithEmbedButton } from '@/components/embed/WidgetEmbed';
import { proseComponents } from './prose';
import { widgetViews, type WidgetViews } from './widget-registry';

function withEmbedButton<N extends WidgetName>(name: N): ComponentType<WidgetProps<N>> {
  // Typed per widget in widgetViews; inside this generic function TypeScript cannot follow N, so it sees an object.
  const View = widgetViews[name] as ComponentType<object>;
  const embed: { name: Extract<EmbedTarget, { kind: 'widget' }>['widget']; argument?: { prop?: string } } = WIDGET_CATALOGUE[name].embed;
  function EmbeddableWidget(props: WidgetProps<N>) {
    const argument = embed.argument?.prop && String((props as Record<string, unknown>)[embed.argument.prop]);
    return (
      <WithEmbedButton target={argument ? { kind: 'widget', widget: embed.name, argument } : { kind: 'widget', widget: embed.name }}>
        <View {...props} />
      </WithEmbedButton>
    );
  }
  return EmbeddableWidget;
}

const lessonWidgets = Object.fromEntries((Object.keys(WIDGET_CATALOGUE) as WidgetName[]).map((name) => [name, withEmbedButton(name)])) as WidgetViews;

export const mdxComponents = { ...proseComponents, ...lessonWidgets } as MDXContentProps['components'];
