'use client';
/**
 * The wizard's state: which step is on screen, the error on it, and what Next, Back, Change and Start over do.
 * The steps themselves are decided in lib/chooser/wizard; answers are written to the URL, focus follows each step,
 * and a finished answer set is recorded once.
 */
import { useState } from 'react';
import { withAnswer } from '@/lib/chooser/answers';
import { changeStep, nextStep, previousStep, viewForAnswers, type WizardView } from '@/lib/chooser/wizard';
import type { Answers, Question } from '@/lib/chooser/types';
import { useRecordOnce } from './useRecordOnce';
import { useWizardFocus } from './useWizardFocus';

export function useChooserWizard(questions: Question[], answers: Answers, writeAnswers: (next: Answers) => void) {
  // Until the learner acts, the view follows the URL: a complete answer set opens on the result.
  const [chosenView, setView] = useState<WizardView | null>(null);
  const view = chosenView ?? viewForAnswers(answers, questions);
  const [error, setError] = useState<{ index: number; message: string } | null>(null);
  const focus = useWizardFocus();
  const record = useRecordOnce(questions);

  const show = (next: WizardView) => {
    setView(next);
    focus.focusNext(next.kind === 'result' ? next : { kind: 'question', index: next.index });
  };
  // From the first answer on, the learner drives the steps: the view stops following the URL.
  const holdView = () => {
    if (!chosenView) setView(view);
  };

  const select = (question: Question, optionId: string, checked: boolean) => {
    holdView();
    writeAnswers(withAnswer(answers, question, optionId, checked));
    if (error) setError(null);
  };

  const next = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const step = nextStep(view, answers, questions);
    if (step.kind === 'none') return;
    if (step.kind === 'invalid') {
      holdView();
      setError({ index: step.index, message: step.message });
      focus.focusNext({ kind: 'question', index: step.index, firstInput: true });
      return;
    }
    if (step.answers !== answers) writeAnswers(step.answers);
    setError(null);
    show(step.view);
    if (step.view.kind === 'result') record(step.answers);
  };

  const back = () => {
    const previous = previousStep(view);
    if (!previous) return;
    setError(null);
    show(previous);
  };

  const change = (questionId: string) => {
    const target = changeStep(questionId, questions);
    if (target) show(target);
  };

  const startOver = () => {
    writeAnswers({});
    setError(null);
    show({ kind: 'question', index: 0, editing: false });
  };

  return { view, error, select, next, back, change, startOver, fieldsetRef: focus.fieldsetRef, resultHeading: focus.resultHeading };
}
