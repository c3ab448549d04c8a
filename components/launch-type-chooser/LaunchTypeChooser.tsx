'use client';
/**
 * The launch-type chooser wizard. The answers live in the URL query string (useAnswersInUrl), the steps are decided
 * in lib/chooser/wizard (useChooserWizard) and the ranking by the engine in lib/chooser; this view only lays them
 * out. The same markup is a plain GET form, so without JavaScript every question is shown and the form is answered
 * by the server at /chooser/result.
 */
import { NoScriptStyle } from '@/components/ui/NoScriptStyle';
import { useMemo, type ReactNode } from 'react';
import { summariseRanking } from '@/lib/chooser/describe';
import { rankTargets } from '@/lib/chooser/engine';
import { stepIndex } from '@/lib/chooser/wizard';
import type { ChooserData } from '@/lib/chooser/types';
import { QuestionFieldset } from './QuestionFieldset';
import { ResultView } from './ResultView';
import { PrintedAnswers } from './PrintedAnswers';
import type { HeadingLevel } from './parts';
import { Button } from '@/components/ui/Button';
import { useOpenDetailsForPrint } from '@/components/ui/useOpenDetailsForPrint';
import { useAnswersInUrl } from './useAnswersInUrl';
import { useChooserWizard } from './useChooserWizard';
import { useCopyLink } from './useCopyLink';
import { WizardButtons } from './WizardButtons';

/** The chooser is meant to appear once per page, so its element ids are fixed (and linkable). */
const ID = 'chooser';
export const NO_SCRIPT_ACTION = '/chooser/result';

// Without JavaScript: every question is shown as one long form, the wizard's buttons are hidden. In the
// `base` layer because Tailwind's preflight hides [hidden] with !important there, and a layered !important
// beats any unlayered rule.
const NO_SCRIPT_CSS =
  '<style>@layer base{[data-chooser-step][hidden]{display:block!important}[data-chooser-step]{min-height:0!important;margin-bottom:2.5rem}[data-chooser-js]{display:none!important}[data-chooser-nojs][hidden]{display:block!important}}</style>';

/**
 * `reference` is the comparison and the text version of the rules, rendered on the server (chooserProps in
 * ./server.tsx), so their code is not part of the wizard's.
 */
export function LaunchTypeChooser({ data, headingLevel = 3, reference }: { data: ChooserData; headingLevel?: HeadingLevel; reference: ReactNode }) {
  const questions = data.questions;
  const total = questions.length;
  const { decoded, writeAnswers } = useAnswersInUrl(questions);
  const answers = decoded.answers;
  const ranking = useMemo(() => rankTargets(answers, data), [answers, data]);
  const wizard = useChooserWizard(questions, answers, writeAnswers);
  const { view } = wizard;
  const copy = useCopyLink();
  const rootRef = useOpenDetailsForPrint();
  const step = stepIndex(view, total);
  const invalid = decoded.invalid;

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
        {invalid.length > 0 ? (
          <p
            role="note"
            className="mb-5 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          >
            This link contained {invalid.length === 1 ? 'an answer' : 'answers'} the chooser does not recognise (
            {invalid.map((item) => `${item.key}=${item.value || '(empty)'}`).join(', ')}). {invalid.length === 1 ? 'It was' : 'They were'} ignored; the rest of
            the link was applied.
          </p>
        ) : null}

        <p role="status" className="sr-only">
          {view.kind === 'result' ? summariseRanking(data, ranking) : ''}
        </p>

        {view.kind === 'result' ? null : <PrintedAnswers data={data} answers={answers} />}
        <form
          method="get"
          action={NO_SCRIPT_ACTION}
          onSubmit={wizard.next}
          noValidate
          hidden={view.kind === 'result'}
          aria-label="Questions about your workload"
          className="print:hidden"
        >
          <div data-chooser-js="" aria-hidden="true" className="mb-5 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
            <div className="h-full rounded-full bg-accent-700 transition-[width] dark:bg-accent-300" style={{ width: `${((step + 1) / total) * 100}%` }} />
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
              onSelect={wizard.select}
              error={wizard.error?.index === index ? wizard.error.message : null}
              fieldsetRef={wizard.fieldsetRef(index)}
            />
          ))}
          <WizardButtons
            view={view}
            isLast={step === total - 1}
            anyAnswered={Object.keys(answers).length > 0}
            onBack={wizard.back}
            onStartOver={wizard.startOver}
          />
        </form>

        {view.kind === 'result' ? (
          <ResultView
            data={data}
            ranking={ranking}
            answers={answers}
            headingLevel={headingLevel}
            headingId={`${ID}-result`}
            headingRef={wizard.resultHeading}
            renderChange={(questionId, label) => (
              <button
                type="button"
                onClick={() => wizard.change(questionId)}
                className="inline-flex min-h-6 items-center rounded px-1 text-sm font-medium text-accent-700 underline underline-offset-2 hover:bg-zinc-100 print:hidden dark:text-accent-300 dark:hover:bg-zinc-800"
              >
                Change<span className="sr-only"> {label}</span>
              </button>
            )}
            actions={
              <div className="flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-6 print:hidden dark:border-zinc-800">
                <Button variant="soft" onClick={wizard.startOver}>
                  Start over
                </Button>
                <Button variant="soft" onClick={copy.copyLink}>
                  Copy link to this result
                </Button>
                <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
                  {copy.message}
                </p>
              </div>
            }
          />
        ) : null}
      </div>

      {reference}
    </div>
  );
}
