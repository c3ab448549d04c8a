'use client';
/**
 * /progress: lessons done, mastery per lesson, streak, due today and the week ahead, answers per day, the weakest
 * questions, and the progress file (export, import, reset). Figures come from pure functions in lib/review/.
 * The server HTML is the empty dashboard; dates appear once the browser's clock and time zone are known.
 */
import { pluralise } from '@/lib/format';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { dueToday, forecast, isReviewItem, localTimeZone, reviewItems, streak } from '@/lib/review/days';
import { lessonMastery, MASTERY_LABELS, masteryWhy } from '@/lib/review/mastery';
import { MasteryLevels } from './MasteryLevels';
import { lessonsDone } from '@/lib/questions/check-up-state';
import { answersPerDay, answerTimes, weakestQuestions } from '@/lib/review/progress';
import { linkClass } from '@/components/ui/link';
import { PageSection } from '@/components/ui/PageSection';
import { useHydrated } from '@/components/ui/useHydrated';
import { useOpenDetailsForPrint } from '@/components/ui/useOpenDetailsForPrint';
import { AnswersChart, dayLabel } from './AnswersChart';
import { ProgressFile } from './ProgressFile';
import type { ProgressLesson, ProgressQuestion } from './types';
import { cn } from '@/components/ui/cn';
import { buttonClass } from '@/components/ui/Button';
import { practiseHref } from '@/lib/review/practise-link';

const link = `font-medium ${linkClass}`;
const card = 'rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900';

export function ProgressDashboard({ lessons, questions }: { lessons: ProgressLesson[]; questions: ProgressQuestion[] }) {
  const ready = useHydrated();
  const printable = useOpenDetailsForPrint();
  const state = useLearnerState((value) => value);
  const now = new Date();
  const timeZone = ready ? localTimeZone() : 'UTC';
  const items = reviewItems(state.reviews);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const doneSet = lessonsDone(
    state,
    lessons.map((lesson) => lesson.slug),
  );
  const done = Object.keys(doneSet).length;
  const due = dueToday(items, now, timeZone).length;
  const week = forecast(items, now, timeZone, 7);
  const days = streak(answerTimes(items), now, timeZone);
  const series = answersPerDay(items, now, timeZone);
  const answered = series.reduce((sum, day) => sum + day.count, 0);
  const weakest = weakestQuestions(items, new Set(byId.keys()), now);
  const weekMax = Math.max(1, ...week.map((day) => day.count));

  const figures = [
    { label: 'Lessons done', value: `${done} of ${lessons.length}` },
    { label: 'Day streak', value: String(days) },
    { label: 'Due today', value: String(due) },
    { label: 'Answers, last 30 days', value: String(answered) },
  ];

  return (
    <div ref={printable} className="mt-8 grid gap-10">
      <PageSection id="overview-title" title="Overview" titleLook="hidden">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className={card}>
              <dt className="text-sm text-zinc-700 dark:text-zinc-300">{figure.label}</dt>
              <dd className="mt-1 text-2xl font-semibold text-zinc-950 tabular-nums dark:text-white">{figure.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <a href="/quiz" className={link}>
            {due ? `Review the ${due} due now` : 'Go to the self-quiz'}
          </a>
        </p>
      </PageSection>

      <PageSection id="week-title" title="Due this week" titleLook="panel">
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Check-up questions and responsibility rounds falling due each day (today includes anything overdue).
        </p>
        <ol className="mt-3 grid gap-1.5">
          {week.map((day, index) => (
            <li key={index} className="grid grid-cols-[7rem_1fr_2.5rem] items-center gap-3 text-zinc-800 dark:text-zinc-200">
              <span>{index === 0 ? 'Today' : ready ? dayLabel(day.day, { weekday: 'short', day: 'numeric', month: 'short' }) : '\u00a0'}</span>
              <span className="h-3 rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
                <span className="block h-3 rounded-full bg-accent-700 dark:bg-accent-300" style={{ width: `${(day.count / weekMax) * 100}%` }} />
              </span>
              <span className="text-right tabular-nums">
                {day.count}
                <span className="sr-only"> due</span>
              </span>
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection id="chart-title" title="Answers per day" titleLook="panel">
        <AnswersChart series={series} ready={ready} />
      </PageSection>

      <PageSection id="mastery-title" title="Mastery per lesson" titleLook="panel">
        <ul className="mt-3 grid gap-2">
          {lessons.map((lesson, index) => {
            const mastery = lessonMastery(lesson.questionIds, state.reviews, now, isReviewItem);
            return (
              <li key={lesson.slug} className={cn(card, 'flex flex-wrap items-center justify-between gap-x-4 gap-y-1')}>
                <a href={`/lessons/${lesson.slug}`} className={link}>
                  {index + 1}. {lesson.title}
                </a>
                <span className="text-sm text-zinc-700 dark:text-zinc-300">
                  {doneSet[lesson.slug] ? 'Done · ' : ''}
                  <strong className="font-semibold text-zinc-950 dark:text-white" data-mastery={mastery.level}>
                    {MASTERY_LABELS[mastery.level]}
                  </strong>{' '}
                  ({masteryWhy(mastery, lesson.questionIds.length)})
                </span>
              </li>
            );
          })}
        </ul>
        <MasteryLevels />
      </PageSection>

      <PageSection id="weakest-title" title="Your weakest questions" titleLook="panel">
        {weakest.length ? (
          <ol className="mt-3 grid list-decimal gap-3 pl-6">
            {weakest.map((weak) => {
              const question = byId.get(weak.id)!;
              return (
                <li key={weak.id} className="text-zinc-800 dark:text-zinc-200">
                  <p>{question.prompt}</p>
                  <p className="mt-0.5 text-sm">
                    {weak.wrong} of {pluralise(weak.answers, 'answer')} wrong{weak.latestCorrect ? '' : ', the latest too'}. Reread{' '}
                    <a href={`/lessons/${question.lesson}#${question.section}`} className={link}>
                      {question.sectionTitle}
                    </a>{' '}
                    ({question.lessonTitle}).
                  </p>
                </li>
              );
            })}
          </ol>
        ) : null}
        {weakest.length ? (
          <p className="mt-4">
            <a href={practiseHref(weakest.map((weak) => weak.id))} className={buttonClass()}>
              Practise these {weakest.length}
            </a>{' '}
            <span className="text-sm text-zinc-700 dark:text-zinc-300">on the self-quiz, as practice: your review schedule is left as it is.</span>
          </p>
        ) : (
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Nothing to show yet: questions you miss, or have not seen for a while, will be listed here with the section to reread.
          </p>
        )}
      </PageSection>

      <ProgressFile />
    </div>
  );
}
