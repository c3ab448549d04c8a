/**
 * What `<ResponsibilityQuiz />` renders in a lesson (and the practice page renders with scope="all"):
 * the validated rounds handed to the interactive quiz, plus the same material as text for print, for
 * readers without JavaScript, and behind a disclosure on screen. A server component: the data is checked
 * at build time and zod never reaches the browser.
 */
import { Disclosure } from '@/components/ui/Disclosure';
import { linkClass } from '@/components/ui/link';
import { NoScriptStyle } from '@/components/ui/NoScriptStyle';
import { allRounds, getResponsibilityMatrix, lessonRounds } from '@/lib/quiz/matrix';
import { ResponsibilityQuizLazy as ResponsibilityQuiz } from './lazy';
import { AnswerKey } from './AnswerKey';
import { roundTexts } from './RoundText';

// With scripts off the cards cannot move, so the page shows the answer key instead of a quiz that does nothing.
const NO_SCRIPT_STYLE =
  '<style>[data-quiz-part="interactive"],[data-quiz-part="disclosure"]{display:none!important}[data-quiz-part="text"]{display:block!important}</style>';

/** `scope`: the lesson's rounds or all; `round`: only that one (a round's own page, scope all). */
export function ResponsibilityQuizSection({ scope = 'lesson', round: only }: { scope?: 'lesson' | 'all'; round?: string }) {
  const matrix = getResponsibilityMatrix();
  const rounds = (scope === 'all' ? allRounds(matrix) : lessonRounds(matrix)).filter((round) => !only || round.id === only);
  const more = allRounds(matrix).filter((round) => !rounds.some((shown) => shown.id === round.id));
  const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });
  const headingLevel = scope === 'all' ? 2 : 3;
  return (
    <div className="not-prose my-8 text-base leading-normal">
      {/* First, so its selectors only reach elements after it (a <style> in <body> may not style what came before). */}
      <NoScriptStyle css={NO_SCRIPT_STYLE} />
      <div data-quiz-part="interactive" className="print:hidden">
        <ResponsibilityQuiz rounds={rounds} lesson={matrix.lesson} headingLevel={headingLevel} texts={roundTexts(rounds, headingLevel)} />
      </div>
      {more.length && !only ? (
        <p className="mt-3 text-sm text-zinc-700 print:hidden dark:text-zinc-300">
          More rounds ({list.format(more.map((round) => round.title))}) are on the{' '}
          <a href="/quiz/responsibility" className={linkClass}>
            practice quiz page
          </a>
          .
        </p>
      ) : null}
      <Disclosure variant="plainPanel" data-quiz-part="disclosure" className="mt-4 print:hidden" summary="Text version: the answer key">
        <div className="px-4 pb-4">
          <AnswerKey rounds={rounds} layers={matrix.layers} />
        </div>
      </Disclosure>
      <div data-quiz-part="text" className="hidden print:block">
        <p className="mb-2 font-semibold text-zinc-900 dark:text-zinc-50">Who manages what: the answer key</p>
        <AnswerKey rounds={rounds} layers={matrix.layers} />
      </div>
    </div>
  );
}
