'use client';
/**
 * "Quiz me first" on every lesson. The switch (top of the lesson) keeps the learner's choice in the store; while
 * it is on, the lesson opens with its text hidden (data-quiz-first="quiz" on <html>, set before first paint by the
 * theme bootstrap) so the check-up comes first. QuizFirstDone, after the check-up, leads back to the text, whose
 * sections tied to missed questions are then marked. Light on purpose: it is in every lesson's first load.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getLearnerStore, useLearnerState } from '@/components/learner/useLearnerState';
import { checkUpKey, isCheckUpSlice, missedSections, type CheckUpSlice } from '@/lib/questions/check-up-state';
import { QUIZ_FIRST_ATTRIBUTE, quizFirstProgress, readQuizFirst, setQuizFirst, type QuizFirstPhase } from '@/lib/questions/quiz-first';
import { Button } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';

type Props = { lesson: string; questions: { id: string; section: string }[]; sections: Record<string, string> };

/** When this page was opened: "this visit's answers" are the ones given since. */
const visitStart = new Date().toISOString();
const NO_ANSWERS: CheckUpSlice = { answers: {} };

/** The lesson's check-up answers (the raw slice is selected, so the snapshot stays the same object between renders). */
function useCheckUp(lesson: string): CheckUpSlice {
  const raw = useLearnerState((state) => state.widgets[checkUpKey(lesson)]);
  return isCheckUpSlice(raw) ? raw : NO_ANSWERS;
}

function subscribePhase(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [QUIZ_FIRST_ATTRIBUTE] });
  return () => observer.disconnect();
}
const phaseNow = () => (document.documentElement.getAttribute(QUIZ_FIRST_ATTRIBUTE) as QuizFirstPhase | null) ?? null;
const usePhase = () => useSyncExternalStore(subscribePhase, phaseNow, () => null);
const setPhase = (phase: QuizFirstPhase | null) =>
  phase ? document.documentElement.setAttribute(QUIZ_FIRST_ATTRIBUTE, phase) : document.documentElement.removeAttribute(QUIZ_FIRST_ATTRIBUTE);

/** Show the text, then take the learner to the first section to reread (or the top of the lesson). */
function readLesson(missed: readonly string[]) {
  setPhase('read');
  requestAnimationFrame(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('.prose-lesson :is(h2, h3)')];
    const target = headings.find((heading) => missed.includes(heading.id)) ?? headings[0];
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  });
}

export function QuizFirstSwitch({ lesson, questions }: Props) {
  const on = useLearnerState(readQuizFirst);
  const slice = useCheckUp(lesson);
  const phase = usePhase();
  const [said, setSaid] = useState('');
  const missed = missedSections(slice, questions);

  // Mark the sections tied to missed questions once the text is shown in quiz-first mode.
  const marks = on && phase === 'read' ? missed.join(' ') : '';
  useEffect(() => {
    const ids = marks ? marks.split(' ') : [];
    for (const heading of document.querySelectorAll('.prose-lesson [data-missed]')) if (!ids.includes(heading.id)) heading.removeAttribute('data-missed');
    for (const id of ids) document.getElementById(id)?.setAttribute('data-missed', '');
  }, [marks]);

  // A link to a section (the table of contents, a question's "reread" link) shows the text.
  useEffect(() => {
    const reveal = () => {
      if (phaseNow() !== 'quiz' || !location.hash || location.hash === '#check-yourself') return;
      setPhase('read');
      requestAnimationFrame(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView());
    };
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);

  const toggle = () => {
    getLearnerStore().update((state) => setQuizFirst(state, !on));
    setPhase(on ? null : 'quiz');
    setSaid(on ? 'Quiz me first is off: the whole lesson is shown.' : 'Quiz me first is on: the lesson text is hidden until you have answered the check-up, which follows.');
  };

  return (
    <div className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 print:hidden dark:border-zinc-800 dark:bg-zinc-900" data-quiz-first-bar="">
      <div className="flex items-center justify-between gap-4">
        <div>
          <span id="quiz-first-label" className="font-medium text-zinc-950 dark:text-white">
            Quiz me first
          </span>
          <span id="quiz-first-hint" className="block text-sm text-zinc-700 dark:text-zinc-300">
            Take the check-up before reading; the sections you miss are marked.
          </span>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="quiz-first-label"
          aria-describedby="quiz-first-hint"
          onClick={toggle}
          className="group relative inline-flex h-8 w-14 shrink-0 items-center rounded-full border-2 border-zinc-500 bg-white aria-checked:border-accent-700 aria-checked:bg-accent-700 dark:border-zinc-400 dark:bg-zinc-950 dark:aria-checked:border-accent-300 dark:aria-checked:bg-accent-300"
        >
          <span aria-hidden="true" className="ml-1 h-5 w-5 rounded-full bg-zinc-600 transition-transform group-aria-checked:translate-x-6 group-aria-checked:bg-white motion-reduce:transition-none dark:bg-zinc-300 dark:group-aria-checked:bg-zinc-950" />
        </button>
      </div>
      <div data-quiz-first-part="quiz" className="mt-3 hidden border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <p className="text-zinc-800 dark:text-zinc-200">The lesson text is hidden until you have answered the check-up below.</p>
        <Button variant="secondary" className="mt-2" onClick={() => readLesson([])}>
          Show the lesson now
        </Button>
      </div>
      <p role="status" className="sr-only">
        {said}
      </p>
    </div>
  );
}

/** After the check-up, in quiz-first mode: how this visit went, the sections to reread, and back to the text. */
export function QuizFirstDone({ lesson, questions, sections }: Props) {
  const slice = useCheckUp(lesson);
  const { answered, total, done, missed } = quizFirstProgress(slice, questions, visitStart);
  return (
    <div data-quiz-first-part="quiz" className="mt-6 hidden rounded-lg border border-accent-700 bg-accent-50 px-4 py-4 text-zinc-900 dark:border-accent-300 dark:bg-accent-700/25 dark:text-zinc-100">
      <p aria-live="polite" className="font-medium">
        {done
          ? missed.length
            ? `Check-up done. ${missed.length} section${missed.length === 1 ? ' is' : 's are'} marked for you to read closely:`
            : 'Check-up done, all right at the last try. Read on to see the lesson whole.'
          : `${answered} of ${total} answered. When you have answered them all, read the lesson.`}
      </p>
      {done && missed.length ? (
        <ul className="mt-2 list-disc pl-6">
          {missed.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className={`font-medium ${linkClass}`}>
                {sections[id] ?? id}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <Button variant={done ? 'primary' : 'secondary'} className="mt-3" onClick={() => readLesson(missed)}>
        Read the lesson
      </Button>
    </div>
  );
}
