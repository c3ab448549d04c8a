import type { Metadata } from 'next';
import { getLessons } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/compile';
import { lessonQuestions } from '@/lib/questions/load';
import { SelfQuiz } from '@/components/mdx/widgets';
import type { QuizQuestion } from '@/components/self-quiz/types';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Self-quiz',
  description: 'Review the questions that are due today, or build a session of 5, 10 or 20 questions from any lessons of the course.',
  alternates: { canonical: '/quiz' },
};

export default async function SelfQuizPage() {
  const lessons = getLessons();
  const questions: QuizQuestion[] = [];
  for (const lesson of lessons) {
    const { headings } = (await compileLesson(lesson.slug))!;
    const titles = new Map(headings.map((heading) => [heading.id, heading.text]));
    for (const question of lessonQuestions(
      lesson.slug,
      headings.map((heading) => heading.id),
    )) {
      questions.push({ ...question, lessonTitle: lesson.title, sectionTitle: titles.get(question.section) ?? question.section });
    }
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title="Self-quiz"
        lead={
          <>
            {questions.length} questions from the {lessons.length} lessons. What you miss comes back within days; what you know well waits longer (spaced
            repetition, scheduled in your browser). The drag-and-drop{' '}
            <a href="/quiz/responsibility" className={linkClass}>
              responsibility quiz
            </a>{' '}
            rounds count as reviews too. Your streak, the week ahead and your weakest questions are on{' '}
            <a href="/progress" className={linkClass}>
              your progress page
            </a>
            .
          </>
        }
      />
      <noscript>
        <p className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          The self-quiz needs JavaScript. Every lesson ends with its questions and answers, which work without it.
        </p>
      </noscript>
      <SelfQuiz questions={questions} lessons={lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title }))} />
    </div>
  );
}
