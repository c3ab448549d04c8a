/** /lti/pick: the deep-linking content picker an instructor's LMS opens (prerendered; the session is in the fragment). */
import type { Metadata } from 'next';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';
import { ContentPicker } from '@/components/lti/ContentPicker';

export const metadata: Metadata = { title: 'Add a graded check-up', robots: { index: false } };

export default function LtiPickPage() {
  const bank = getQuestionBank();
  const lessons = getLessons()
    .map((lesson) => ({ slug: lesson.slug, title: lesson.title, questionCount: bank.filter((question) => question.lesson === lesson.slug).length }))
    .filter((lesson) => lesson.questionCount > 0);
  return <ContentPicker lessons={lessons} />;
}
