/**
 * The MDX registry inside an embed (app/embed): the same components as MDXComponents.tsx, without the widgets'
 * Embed buttons. A separate module so an embed page's code does not even reference the button (Next ships the
 * client code of every client component a page imports, rendered or not).
 */
import type { MDXContentProps } from 'mdx-bundler/client';
import { proseComponents } from './prose';
import { widgetViews } from './widget-registry';

export const embeddedMdxComponents = { ...proseComponents, ...widgetViews } as MDXContentProps['components'];
