'use client';
/** The answer inputs of a choice or true/false question: a native radio or checkbox group. */
import type { Question } from '@/lib/questions/schema';
import type { Answer } from '@/lib/questions/grade';
import { choiceClass } from '@/components/ui/choice';

/** locked: the answer was checked; each chosen option then says whether it was right (unchosen ones give nothing away). */
type Props = { question: Question; order: string[]; answer: Answer | undefined; locked: boolean; onChange: (answer: Answer) => void };

function Mark({ right }: { right: boolean }) {
  return (
    <span
      className={right ? 'ml-2 text-sm font-semibold text-emerald-800 dark:text-emerald-300' : 'ml-2 text-sm font-semibold text-amber-800 dark:text-amber-300'}
    >
      <span aria-hidden="true">{right ? '✓' : '✗'}</span> {right ? 'right' : 'wrong'}
    </span>
  );
}

export function Choices({ question, order, answer, locked, onChange }: Props) {
  const name = `q-${question.id}`;
  if (question.kind === 'true-false') {
    const value = answer?.kind === 'true-false' ? answer.value : undefined;
    return (
      <div className="grid gap-2 sm:grid-cols-2">
        {[true, false].map((option) => (
          <label key={String(option)} className={choiceClass}>
            <input
              type="radio"
              name={name}
              className="mt-1 h-4 w-4 accent-accent-700"
              checked={value === option}
              disabled={locked}
              onChange={() => onChange({ kind: 'true-false', value: option })}
            />
            <span>
              {option ? 'True' : 'False'}
              {locked && value === option ? <Mark right={option === question.answer} /> : null}
            </span>
          </label>
        ))}
      </div>
    );
  }
  if (question.kind === 'order') return null;
  const multiple = question.kind === 'multiple';
  const chosen = answer?.kind === 'choice' ? answer.optionIds : [];
  const pick = (id: string, on: boolean) =>
    onChange({ kind: 'choice', optionIds: multiple ? (on ? [...chosen, id] : chosen.filter((item) => item !== id)) : [id] });
  return (
    <div className="grid gap-2">
      {order.map((id, index) => {
        const option = question.options.find((item) => item.id === id)!;
        return (
          <label key={id} className={choiceClass}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={id}
              className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
              checked={chosen.includes(id)}
              disabled={locked}
              onChange={(event) => pick(id, event.target.checked)}
            />
            <span>
              <span className="sr-only">{index + 1}. </span>
              {option.text}
              {locked && chosen.includes(id) ? <Mark right={Boolean(option.correct)} /> : null}
            </span>
          </label>
        );
      })}
    </div>
  );
}
