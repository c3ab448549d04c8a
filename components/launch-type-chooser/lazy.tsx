'use client';
/**
 * The widget's client code, loaded with next/dynamic by its server part, so a page downloads it only when it shows
 * the widget (next/dynamic, not React.lazy: see components/mdx/widgets.tsx). The import must be written inside the
 * dynamic() call for Next to preload the chunk while prerendering, so it cannot come from the descriptor.
 */
import dynamic from 'next/dynamic';

export const LaunchTypeChooserLazy = dynamic(() => import('@/components/launch-type-chooser').then((m) => m.LaunchTypeChooser));
