/**
 * What each /embed/widgets/<name> page shows. The widgets are named as authors place them (lib/widget-catalogue.ts),
 * and the catalogue gives each one's embed name, so a widget added there without an embed view fails the typecheck.
 * Widgets with a path argument (the checklists) and the check-up have their own routes under app/embed/widgets/.
 * Not the lesson views (components/mdx/widget-registry.tsx): an embed is a page of its own, so titles are h2 and the
 * quiz shows every round. That registry is not imported here, so no lesson widget's client code reaches these pages.
 */
import type { ReactNode } from 'react';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { WIDGET_CATALOGUE, type WidgetName } from '@/lib/widget-catalogue';
import { LaunchTypeChooser } from '@/components/launch-type-chooser';
import { chooserProps } from '@/components/launch-type-chooser/server';
import { DiagramFromContent } from '@/components/architecture-diagram/server';
import { EmbedQuiz } from './EmbedQuiz';
import { roundTexts } from '@/components/responsibility-quiz/RoundText';
import { compileLesson } from '@/lib/content/compile';
import { lessonQuestions } from '@/lib/questions/load';
import { CheckUpSection } from '@/components/check-up/CheckUpSection';

/** The author-placed widgets without a path argument. */
type PlainWidget = { [N in WidgetName]: (typeof WIDGET_CATALOGUE)[N]['embed'] extends { argument: string } ? never : N }[WidgetName];
export type PlainEmbedName = (typeof WIDGET_CATALOGUE)[PlainWidget]['embed']['widget'];

type EmbedView = {
  render: () => ReactNode;
  /** The widget shows its own visible title (as h2): the page's h1 is then for screen readers only. */
  titled?: boolean;
};

const EMBED_VIEWS: Record<PlainWidget, EmbedView> = {
  LaunchTypeDiagram: { titled: true, render: () => <DiagramFromContent id="launch-type" headingLevel={2} /> },
  LayeredResponsibilityDiagram: { titled: true, render: () => <DiagramFromContent id="layered-responsibility" headingLevel={2} /> },
  TargetsLandscapeDiagram: { titled: true, render: () => <DiagramFromContent id="targets-landscape" headingLevel={2} /> },
  ResponsibilityQuiz: {
    render: () => {
      const matrix = getResponsibilityMatrix();
      const rounds = allRounds(matrix);
      return <EmbedQuiz rounds={rounds} lesson={matrix.lesson} texts={roundTexts(rounds, 2)} />;
    },
  },
  LaunchTypeChooser: { render: () => <LaunchTypeChooser {...chooserProps(2)} /> },
};

/** The embed views by embed name (`launch-type-diagram`), as lib/embed/targets.ts and the URLs name them. */
export const WIDGET_EMBEDS = Object.fromEntries(
  (Object.keys(EMBED_VIEWS) as PlainWidget[]).map((name) => [WIDGET_CATALOGUE[name].embed.widget, EMBED_VIEWS[name]]),
) as Record<PlainEmbedName, EmbedView>;

export const isPlainEmbedName = (name: string): name is PlainEmbedName => Object.prototype.hasOwnProperty.call(WIDGET_EMBEDS, name);

/**
 * /embed/widgets/check-up/<lesson-slug>: one lesson's check-up. Results go through recordResult like every widget
 * (the embed runtime posts them to the host); "reread" links open the lesson on the site in a new tab.
 */
export async function CheckUpEmbed({ slug }: { slug: string }) {
  const lesson = (await compileLesson(slug))!;
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  const questions = lessonQuestions(slug, lesson.headings.map((heading) => heading.id));
  return <CheckUpSection lesson={slug} questions={questions} sections={sections} lessonHref={`/lessons/${slug}`} />;
}
