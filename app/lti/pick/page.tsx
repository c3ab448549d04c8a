/** /lti/pick: the deep-linking content picker an instructor's LMS opens (prerendered; the session is in the fragment). */
import type { Metadata } from 'next';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';
import { EMBED_WIDGETS } from '@/lib/embed/targets';
import { practiceWidgetNames } from '@/lib/lti/practice-links';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { ContentPicker } from '@/components/lti/ContentPicker';
import { checklistChoices } from '@/components/embed/WidgetEmbed';

export const metadata: Metadata = { title: 'Add to your course', robots: { index: false } };

export default function LtiPickPage() {
  const bank = getQuestionBank();
  const all = getLessons();
  const lessons = all
    .map((lesson) => ({ slug: lesson.slug, title: lesson.title, questionCount: bank.filter((question) => question.lesson === lesson.slug).length }))
    .filter((lesson) => lesson.questionCount > 0);
  const choices = {
    lessons: all.map((lesson) => ({ id: lesson.slug, title: lesson.title })),
    widgets: practiceWidgetNames().map((name) => ({ id: name, title: EMBED_WIDGETS[name].title })),
    checklists: checklistChoices(),
    rounds: allRounds(getResponsibilityMatrix()).map((round) => ({ id: round.id, title: round.title })),
  };
  return <ContentPicker lessons={lessons} choices={choices} />;
}
