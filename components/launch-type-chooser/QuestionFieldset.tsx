/**
 * One question as a fieldset: the legend is the question, the options are native radio buttons or checkboxes
 * (arrow keys and Space work as everywhere), and the "why we ask" note cites its sources.
 * Controlled when `onSelect` is given (the wizard); otherwise uncontrolled, for the server-rendered form.
 */
import type { Ref } from 'react';
import { NONE } from '@/lib/chooser/url';
import type { Answers, ChooserData, Question } from '@/lib/chooser/types';
import { choiceClass } from '@/components/ui/choice';
import { SourceLinks } from './parts';

type Props = {
  data: ChooserData;
  question: Question;
  index: number;
  answers: Answers;
  idPrefix: string;
  hidden?: boolean;
  onSelect?: (question: Question, optionId: string, checked: boolean) => void;
  error?: string | null;
  fieldsetRef?: Ref<HTMLFieldSetElement>;
};

export function questionDomId(idPrefix: string, questionId: string) {
  return `${idPrefix}-${questionId}`;
}

export function QuestionFieldset({ data, question, index, answers, idPrefix, hidden = false, onSelect, error, fieldsetRef }: Props) {
  const id = questionDomId(idPrefix, question.id);
  const value = answers[question.id];
  const isChecked = (optionId: string) => (question.kind === 'single' ? value === optionId : Array.isArray(value) && value.includes(optionId));
  const describedBy = [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const total = data.questions.length;

  return (
    <fieldset
      id={id}
      ref={fieldsetRef}
      tabIndex={-1}
      hidden={hidden}
      aria-describedby={describedBy}
      data-chooser-step=""
      className="min-w-0 scroll-mt-4 rounded-lg sm:min-h-[31rem]"
    >
      <legend className="w-full">
        <span className="block text-sm font-semibold text-accent-700 dark:text-accent-300">
          Question {index + 1} of {total}
        </span>
        <span className="mt-1 block text-xl font-semibold text-balance text-zinc-950 sm:text-2xl dark:text-white">{question.prompt}</span>
      </legend>
      {question.hint ? (
        <p id={`${id}-hint`} className="mt-2 text-zinc-700 dark:text-zinc-300">
          {question.hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="mt-3 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 font-medium text-rose-900 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100"
        >
          {error}
        </p>
      ) : null}
      {question.kind === 'multi' ? <input type="hidden" name={question.id} value={NONE} /> : null}
      <div className="mt-4 grid gap-2">
        {question.options.map((option) => {
          const optionId = `${id}-${option.id}`;
          const checked = isChecked(option.id);
          const control = onSelect
            ? { checked, onChange: (event: React.ChangeEvent<HTMLInputElement>) => onSelect(question, option.id, event.target.checked) }
            : { defaultChecked: checked };
          return (
            <label key={option.id} htmlFor={optionId} className={choiceClass}>
              <input
                id={optionId}
                type={question.kind === 'single' ? 'radio' : 'checkbox'}
                name={question.id}
                value={option.id}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={option.description ? `${optionId}-description` : undefined}
                className="mt-0.5 h-5 w-5 shrink-0 accent-accent-700 dark:accent-accent-300"
                {...control}
              />
              <span className="min-w-0">
                <span id={`${optionId}-label`} className="block font-medium text-zinc-950 dark:text-zinc-50">
                  {option.label}
                </span>
                {option.description ? (
                  <span id={`${optionId}-description`} className="mt-0.5 block text-sm text-zinc-700 dark:text-zinc-300">
                    {option.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
      <div className="mt-4 rounded-md bg-zinc-50 px-4 py-3 text-sm text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
        <p>
          <strong className="font-semibold">Why we ask:</strong> {question.whyWeAsk}
        </p>
        {question.sources.length ? (
          <p className="mt-1">
            <SourceLinks ids={question.sources} data={data} />
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
