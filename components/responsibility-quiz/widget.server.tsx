/**
 * The quiz's server part: in a lesson, that lesson's rounds with the answer key as text; in an embed (a page of its
 * own, so titles are h2), every round, or the one `?round=` names. Client code comes in through lazy loaders only:
 * every client component a server part imports is downloaded by every page that imports the widget registry.
 */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { EmbedQuizLazy as EmbedQuiz } from '@/components/embed/lazy';
import { ResponsibilityQuizSection } from './ResponsibilityQuizSection';
import { roundTexts } from './RoundText';
import { responsibilityQuizWidget } from './widget';

export const responsibilityQuizServer = {
  descriptor: responsibilityQuizWidget,
  LessonView: () => <ResponsibilityQuizSection />,
  embed: {
    render: () => {
      const matrix = getResponsibilityMatrix();
      const rounds = allRounds(matrix);
      return <EmbedQuiz rounds={rounds} lesson={matrix.lesson} texts={roundTexts(rounds, 2)} />;
    },
  },
} satisfies WidgetServerPart<typeof responsibilityQuizWidget>;
