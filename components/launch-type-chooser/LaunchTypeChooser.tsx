'use client';
/**
 * The launch-type chooser wizard. The answers live in the URL query string (the single source of truth, so a
 * result can be shared, bookmarked and restored); this component only wires the URL, the current step and
 * focus to the pure engine in lib/chooser. The same markup is a plain GET form, so without JavaScript every
 * question is shown and the form is answered by the server at /chooser/result.
 */
import { NoScriptStyle } from '@/components/ui/NoScriptStyle';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { isArrayOf, isShape, isString } from '@/lib/guards';
import { firstUnanswered, isAnswered, isComplete, confirmMulti, withAnswer } from '@/lib/chooser/answers';
import { summariseRanking } from '@/lib/chooser/describe';
import { rankTargets } from '@/lib/chooser/engine';
import { decodeAnswers, encodeAnswers, searchWithAnswers } from '@/lib/chooser/url';
import type { Answers, ChooserData, Question } from '@/lib/chooser/types';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/recordResult';
import { useWidgetState } from '@/components/learner/useWidgetState';
import { CompareTable } from './CompareTable';
import { DecisionRules } from './DecisionRules';
import { QuestionFieldset } from './QuestionFieldset';
import { ResultView } from './ResultView';
import { buttonPrimary, buttonQuiet, buttonSecondary, type HeadingLevel } from './parts';

/** The chooser is meant to appear once per page, so its element ids are fixed (and linkable). */
const ID = 'chooser';
const URL_CHANGED = 'containers-on-aws:chooser-url';
export const NO_SCRIPT_ACTION = '/chooser/result';

// Without JavaScript: every question is shown as one long form, the wizard's buttons are hidden. In the
// `base` layer because Tailwind's preflight hides [hidden] with !important there, and a layered !important
// beats any unlayered rule.
const NO_SCRIPT_CSS =
  '<style>@layer base{[data-chooser-step][hidden]{display:block!important}[data-chooser-step]{min-height:0!important;margin-bottom:2.5rem}[data-chooser-js]{display:none!important}[data-chooser-nojs][hidden]{display:block!important}}</style>';

// On paper both disclosures print open (::details-content where supported; a beforeprint listener elsewhere).
const DETAILS_CLASS = 'rounded-lg border border-zinc-200 dark:border-zinc-800 print:[&::details-content]:[content-visibility:visible] print:[&::details-content]:h-auto';

type View = { kind: 'question'; index: number; editing: boolean } | { kind: 'result' };
type FocusTarget = { kind: 'question'; index: number; firstInput?: boolean } | { kind: 'result' };

type ChooserSlice = { version: 1; recorded: string[] };
const isChooserSlice = isShape<ChooserSlice>({ version: (value): value is 1 => value === 1, recorded: isArrayOf(isString) });
const MAX_RECORDED = 50;

function subscribeToUrl(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_CHANGED, listener);
  };
}
const readSearch = () => window.location.search;
// The page is prerendered without a query string; the real one is read right after hydration.
const readServerSearch = () => '';

function useOpenDetailsForPrint() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
      opened.forEach((details) => (details.open = true));
    };
    const after = () => opened.forEach((details) => (details.open = false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return ref;
}

export function LaunchTypeChooser({ data, headingLevel = 3 }: { data: ChooserData; headingLevel?: HeadingLevel }) {
  const questions = data.questions;
  const total = questions.length;
  const search = useSyncExternalStore(subscribeToUrl, readSearch, readServerSearch);
  const decoded = useMemo(() => decodeAnswers(search, questions), [search, questions]);
  const answers = decoded.answers;
  const ranking = useMemo(() => rankTargets(answers, data), [answers, data]);

  // Until the learner acts, the view follows the URL: a complete answer set opens on the result.
  const [chosenView, setView] = useState<View | null>(null);
  const view: View =
    chosenView ?? (isComplete(answers, questions) ? { kind: 'result' } : { kind: 'question', index: Math.max(0, firstUnanswered(answers, questions)), editing: false });

  const [error, setError] = useState<{ index: number; message: string } | null>(null);
  const [copyStatus, setCopyStatus] = useState<{ for: string; status: 'copied' | 'failed' } | null>(null);
  const [slice, setSlice] = useWidgetState('chooser:v1', isChooserSlice);

  const rootRef = useOpenDetailsForPrint();
  const fieldsets = useRef<(HTMLFieldSetElement | null)[]>([]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target.kind === 'result') {
      // Bring the top pick's heading to the top of the screen (below the sticky header), not just into view.
      const heading = resultHeading.current;
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
      return;
    }
    const fieldset = fieldsets.current[target.index];
    const input = target.firstInput ? fieldset?.querySelector<HTMLInputElement>('input:checked, input:not([type="hidden"])') : null;
    (input ?? fieldset)?.focus();
    // The next question replaces the last one in place: after a long question on a phone its start is above the screen.
    if (fieldset && fieldset.getBoundingClientRect().top < 0) fieldset.scrollIntoView({ block: 'start' });
  });

  const writeAnswers = useCallback(
    (next: Answers) => {
      const { pathname, search: current, hash } = window.location;
      // The documented way to change the URL in the App Router: Next.js keeps its router in step, with no navigation.
      window.history.replaceState(null, '', `${pathname}${searchWithAnswers(current, next, questions)}${hash}`);
      window.dispatchEvent(new Event(URL_CHANGED));
    },
    [questions],
  );

  const record = (finished: Answers) => {
    const key = encodeAnswers(finished, questions);
    const recorded = slice?.recorded ?? [];
    if (recorded.includes(key)) return;
    recordResult(makeResult({ widget: 'launch-type-chooser', lesson: 'deployment-targets', score: 1, max: 1 }));
    setSlice({ version: 1, recorded: [...recorded, key].slice(-MAX_RECORDED) });
  };

  const goToQuestion = (index: number, editing = false) => {
    setView({ kind: 'question', index, editing });
    pendingFocus.current = { kind: 'question', index };
  };

  const showResult = (finished: Answers) => {
    setView({ kind: 'result' });
    pendingFocus.current = { kind: 'result' };
    record(finished);
  };

  const select = (question: Question, optionId: string, checked: boolean) => {
    // From the first answer on, the learner drives the steps: the view stops following the URL.
    if (!chosenView) setView(view);
    writeAnswers(withAnswer(answers, question, optionId, checked));
    if (error) setError(null);
  };

  const next = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.kind !== 'question') return;
    const question = questions[view.index];
    if (!isAnswered(answers, question) && question.kind === 'single') {
      if (!chosenView) setView(view);
      setError({ index: view.index, message: 'Choose one of the answers to continue.' });
      pendingFocus.current = { kind: 'question', index: view.index, firstInput: true };
      return;
    }
    const updated = confirmMulti(answers, question);
    if (updated !== answers) writeAnswers(updated);
    setError(null);
    if (view.editing || view.index === total - 1) {
      const open = firstUnanswered(updated, questions);
      if (open === -1) showResult(updated);
      else goToQuestion(open);
    } else {
      goToQuestion(view.index + 1);
    }
  };

  const back = () => {
    if (view.kind === 'question' && view.index > 0) {
      setError(null);
      goToQuestion(view.index - 1);
    }
  };

  const change = (questionId: string) => {
    const index = questions.findIndex((question) => question.id === questionId);
    if (index !== -1) goToQuestion(index, true);
  };

  const startOver = () => {
    writeAnswers({});
    setError(null);
    goToQuestion(0);
  };

  const copyLink = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setCopyStatus({ for: href, status: 'copied' });
    } catch {
      setCopyStatus({ for: href, status: 'failed' });
    }
  };

  const anyAnswered = Object.keys(answers).length > 0;
  const stepIndex = view.kind === 'question' ? view.index : total - 1;
  const summary = summariseRanking(data, ranking);
  const copyMessage =
    copyStatus && copyStatus.for === (typeof window === 'undefined' ? '' : window.location.href)
      ? copyStatus.status === 'copied'
        ? 'Link copied: whoever opens it sees this result.'
        : 'Could not copy. The address in your browser’s address bar holds your answers: copy it from there.'
      : '';

  return (
    <div
      ref={rootRef}
      role="region"
      aria-label="Launch-type chooser"
      data-chooser-started={view.kind === 'result' || view.index > 0 ? '' : undefined}
      className="not-prose my-8 text-zinc-900 dark:text-zinc-100"
    >
      <NoScriptStyle css={NO_SCRIPT_CSS} />
      <div className="rounded-xl border border-zinc-200 bg-white p-3 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-950">
        {decoded.invalid.length > 0 ? (
          <p role="note" className="mb-5 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
            This link contained {decoded.invalid.length === 1 ? 'an answer' : 'answers'} the chooser does not recognise (
            {decoded.invalid.map((item) => `${item.key}=${item.value || '(empty)'}`).join(', ')}). {decoded.invalid.length === 1 ? 'It was' : 'They were'}{' '}
            ignored; the rest of the link was applied.
          </p>
        ) : null}

        <p role="status" className="sr-only">
          {view.kind === 'result' ? summary : ''}
        </p>

        <form method="get" action={NO_SCRIPT_ACTION} onSubmit={next} noValidate hidden={view.kind === 'result'} aria-label="Questions about your workload">
          <div data-chooser-js="" aria-hidden="true" className="mb-5 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
            <div className="h-full rounded-full bg-accent-700 transition-[width] dark:bg-accent-300" style={{ width: `${((stepIndex + 1) / total) * 100}%` }} />
          </div>
          {questions.map((question, index) => (
            <QuestionFieldset
              key={question.id}
              data={data}
              question={question}
              index={index}
              answers={answers}
              idPrefix={ID}
              hidden={!(view.kind === 'question' && view.index === index)}
              onSelect={select}
              error={error?.index === index ? error.message : null}
              fieldsetRef={(element) => {
                fieldsets.current[index] = element;
              }}
            />
          ))}
          {/* On a phone the step buttons stay in reach at the bottom of the screen (html scroll-padding-bottom keeps focused options above them). */}
          <div
            data-chooser-js=""
            className="mt-6 flex flex-wrap items-center gap-3 max-sm:sticky max-sm:bottom-0 max-sm:z-10 max-sm:-mx-3 max-sm:border-t max-sm:border-zinc-200 max-sm:bg-white max-sm:px-3 max-sm:py-3 print:hidden max-sm:dark:border-zinc-800 max-sm:dark:bg-zinc-950"
          >
            {view.kind === 'question' && view.editing ? (
              <button type="submit" className={buttonPrimary}>
                Update result
              </button>
            ) : (
              <>
                {view.kind === 'question' && view.index > 0 ? (
                  <button type="button" onClick={back} className={buttonSecondary}>
                    Back
                  </button>
                ) : null}
                <button type="submit" className={buttonPrimary}>
                  {stepIndex === total - 1 ? 'See my recommendation' : 'Next'}
                </button>
              </>
            )}
            {anyAnswered ? (
              <button type="button" onClick={startOver} className={`${buttonQuiet} ml-auto`}>
                Start over
              </button>
            ) : null}
          </div>
          <div data-chooser-nojs="" hidden className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <button type="submit" className={buttonPrimary}>
              Show my recommendation
            </button>
            <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
              JavaScript is off, so all the questions are on one page and the server works out the recommendation when you send the form.
            </p>
          </div>
        </form>

        {view.kind === 'result' ? (
          <ResultView
            data={data}
            ranking={ranking}
            answers={answers}
            headingLevel={headingLevel}
            headingId={`${ID}-result`}
            headingRef={resultHeading}
            renderChange={(questionId, label) => (
              <button
                type="button"
                onClick={() => change(questionId)}
                className="inline-flex min-h-6 items-center rounded px-1 text-sm font-medium text-accent-700 underline underline-offset-2 hover:bg-zinc-100 print:hidden dark:text-accent-300 dark:hover:bg-zinc-800"
              >
                Change<span className="sr-only"> {label}</span>
              </button>
            )}
            actions={
              <div className="flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-6 print:hidden dark:border-zinc-800">
                <button type="button" onClick={startOver} className={buttonSecondary}>
                  Start over
                </button>
                <button type="button" onClick={copyLink} className={buttonSecondary}>
                  Copy link to this result
                </button>
                <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
                  {copyMessage}
                </p>
              </div>
            }
          />
        ) : null}
      </div>

      <details className={`group mt-4 ${DETAILS_CLASS}`}>
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2 font-semibold text-zinc-950 marker:hidden dark:text-white [&::-webkit-details-marker]:hidden">
          <Chevron />
          Compare all targets
        </summary>
        <div className="px-3 pb-4 sm:px-4">
          <CompareTable data={data} />
        </div>
      </details>
      <details className={`group mt-3 ${DETAILS_CLASS}`}>
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2 font-semibold text-zinc-950 marker:hidden dark:text-white [&::-webkit-details-marker]:hidden">
          <Chevron />
          Text version: how the chooser decides
        </summary>
        <div className="px-3 pb-4 sm:px-4">
          <DecisionRules data={data} headingLevel={headingLevel} />
        </div>
      </details>
    </div>
  );
}

function Chevron() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 transition-transform group-open:rotate-90" fill="currentColor">
      <path d="M7 4l7 6-7 6z" />
    </svg>
  );
}
