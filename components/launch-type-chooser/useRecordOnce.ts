'use client';
/** Raises the chooser's shared result once per finished answer set (lib/chooser/recorded), kept in its own slice. */
import { encodeAnswers } from '@/lib/chooser/url';
import { CHOOSER_SLICE_KEY, isChooserSlice, recordOnce } from '@/lib/chooser/recorded';
import type { Answers, Question } from '@/lib/chooser/types';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/actions';
import { useWidgetState } from '@/components/learner/useWidgetState';
import type { launchTypeChooserWidget } from './widget';

type Descriptor = typeof launchTypeChooserWidget;

export function useRecordOnce(questions: Question[]): (finished: Answers) => void {
  const [slice, setSlice] = useWidgetState(CHOOSER_SLICE_KEY, isChooserSlice);
  return (finished) => {
    const next = recordOnce(slice, encodeAnswers(finished, questions));
    if (!next) return;
    // The descriptor's result name and lesson, checked by the typecheck (type-only: no descriptor text in this chunk).
    recordResult(
      makeResult({
        widget: 'launch-type-chooser' satisfies Descriptor['result'],
        lesson: 'deployment-targets' satisfies Descriptor['embed']['lesson'],
        score: 1,
        max: 1,
      }),
    );
    setSlice(next);
  };
}
