/**
 * What a widget says about itself, written once in its folder's `widget.ts` (components/<widget>/widget.ts) and
 * listed once in lib/widget-catalogue.ts; every table about widgets (MDX tags, props checks, embed targets, LMS
 * descriptions, result names) is derived from that list. Browser-safe: no zod, no React, no Node at run time (the
 * embed dialog and the SCORM catalogue read descriptors in the browser), so types come in with `import type`.
 * A widget's server part (components/<widget>/widget.server.tsx: its lesson view and embed view) is typed here too.
 */
import type { ComponentType, ReactNode } from 'react';
import type { z } from 'zod';
import type { EmbedArguments, EmbedOptionName } from './embed/targets';

export type WidgetDescriptor = {
  /** The tag an author writes in a lesson's MDX: `<ResponsibilityQuiz />`. */
  tag: string;
  /**
   * Its folder under components/: the one whose widget.server.tsx holds its server part, which the widget registry
   * (components/mdx/widget-registry.tsx) imports from there, so no second list names the server parts.
   */
  folder: string;
  /**
   * `author`: placed anywhere by authors, with an Embed button above it. `lesson-page`: placed once per lesson
   * (the check-up in "## Check yourself"), which the lesson page binds to that lesson's own data.
   */
  placement: 'author' | 'lesson-page';
  /** Its name on the course map (home page). */
  label: string;
  embed: {
    /** The embed target's name in URLs: `/embed/widgets/<name>`. */
    name: string;
    title: string;
    /** The site page a reader of the embed may open. */
    sitePath: string;
    /** The lesson its results are recorded against ('' when the argument decides). */
    lesson: string;
    /** Which options of lib/embed/options.ts it understands (theme is understood by everything). */
    options: readonly EmbedOptionName[];
    /** Height in CSS pixels for the plain iframe snippet. */
    height: number;
    /** A path argument (`checklist/<list-id>`): which values allow it, and the MDX prop that carries it in a lesson. */
    argument?: { values: keyof EmbedArguments; prop?: string };
  };
  /** The `widget` field of the results it records (lib/results.ts), or null when it records none (the diagrams). */
  result: string | null;
  /** Whether a finished attempt is graded (a score an LMS keeps) or only completed. */
  graded: boolean;
  /** What an LMS shows under the package's title. */
  lmsDescription: string;
  /**
   * The props an author may write on its tag, as a zod schema built from the zod it is given: the descriptor itself
   * never imports zod (it reaches the browser), and `npm run check:content` and the build check every tag with it.
   */
  props: (zod: typeof z) => z.ZodObject;
};

/** The props of a widget's tag, as its schema returns them. */
export type DescriptorProps<D extends WidgetDescriptor> = z.output<ReturnType<D['props']>>;

/** What an embed page shows for a widget; the argument is the path argument's value, for widgets that take one. */
export type WidgetEmbedView = {
  render: (argument: string) => ReactNode;
  /** The widget shows its own visible title (as h2): the page's h1 is then for screen readers only. */
  titled?: boolean;
};

/**
 * A widget's server part: what its tag renders in a lesson (null for a `lesson-page` widget, which the lesson page
 * binds itself) and what its embed page shows. Server components: they load and validate the widget's data at
 * build time and hand it to the widget's lazily loaded client code (the folder's lazy.tsx).
 */
export type WidgetServerPart<D extends WidgetDescriptor = WidgetDescriptor> = {
  descriptor: D;
  LessonView: D['placement'] extends 'author' ? ComponentType<DescriptorProps<D>> : null;
  embed: WidgetEmbedView;
};
