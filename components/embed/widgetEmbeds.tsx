/**
 * What each /embed/widgets/<name> page shows, keyed like lib/embed/targets.ts (widgets with a path argument, the
 * checklists, have their own route under app/embed/widgets/). The self-quiz check-up becomes one more entry.
 */
import { getChooserData } from '@/lib/chooser/load';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import type { EmbedWidgetName } from '@/lib/embed/targets';
import { LaunchTypeChooser } from '@/components/launch-type-chooser';
import { DiagramFromContent } from '@/components/architecture-diagram/server';
import { EmbedQuiz } from './EmbedQuiz';

type PlainWidget = Exclude<EmbedWidgetName, 'checklist'>;

/** Widgets that show their own visible title (as h2): the page's h1 is then for screen readers only. */
export const TITLED_WIDGETS: readonly EmbedWidgetName[] = ['launch-type-diagram', 'layered-responsibility-diagram', 'targets-landscape-diagram', 'checklist'];

export const WIDGET_EMBEDS: Record<PlainWidget, () => React.ReactNode> = {
  'responsibility-quiz': () => {
    const matrix = getResponsibilityMatrix();
    return <EmbedQuiz rounds={allRounds(matrix)} lesson={matrix.lesson} />;
  },
  chooser: () => <LaunchTypeChooser data={getChooserData()} headingLevel={2} />,
  'launch-type-diagram': () => <DiagramFromContent id="launch-type" headingLevel={2} />,
  'layered-responsibility-diagram': () => <DiagramFromContent id="layered-responsibility" headingLevel={2} />,
  'targets-landscape-diagram': () => <DiagramFromContent id="targets-landscape" headingLevel={2} />,
};
