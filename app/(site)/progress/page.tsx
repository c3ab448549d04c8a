import type { Metadata } from 'next';
import { getLessons } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/compile';
import { lessonQuestions } from '@/lib/questions/load';
// A direct import (the dashboard is a client component, so only this page loads it), not next/dynamic, whose runtime
// would be on this page's first load for nothing.
import { ProgressDashboard } from '@/components/progress/ProgressDashboard';
import type { ProgressLesson, ProgressQuestion } from '@/components/progress/types';

export const metadata: Metadata = {
  title: 'Your progress',
  description:
    'Lessons done, mastery per lesson, your streak, what is due this week and your answers over the last 30 days. Export your progress to move it to another browser.',
  alternates: { canonical: '/progress' },
};

export default async function ProgressPage() {
  const lessons: ProgressLesson[] = [];
  const questions: ProgressQuestion[] = [];
  for (const lesson of getLessons()) {
    const { headings } = (await compileLesson(lesson.slug))!;
    const titles = new Map(headings.map((heading) => [heading.id, heading.text]));
    const own = lessonQuestions(
      lesson.slug,
      headings.map((heading) => heading.id),
    );
    lessons.push({ slug: lesson.slug, title: lesson.title, questionIds: own.map((question) => question.id) });
    for (const question of own) {
      questions.push({
        id: question.id,
        lesson: lesson.slug,
        prompt: question.prompt,
        section: question.section,
        sectionTitle: titles.get(question.section) ?? question.section,
        lessonTitle: lesson.title,
      });
    }
  }
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">Your progress</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
        Everything here is kept in this browser only: no account, no server. Export it to a file to keep a copy or to carry on in another browser.
      </p>
      <noscript>
        <p className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          Your progress is read from this browser&rsquo;s storage, which needs JavaScript.
        </p>
      </noscript>
      <ProgressDashboard lessons={lessons} questions={questions} />
    </div>
  );
}
