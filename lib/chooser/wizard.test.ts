import { expect, test } from 'vitest';
import type { QuestionShape } from './answers';
import { changeStep, CHOOSE_ONE, nextStep, previousStep, stepIndex, viewForAnswers, type WizardView } from './wizard';

const questions: QuestionShape[] = [
  { id: 'workload', kind: 'single', options: [{ id: 'web' }, { id: 'batch' }] },
  { id: 'team', kind: 'multi', options: [{ id: 'ecs' }, { id: 'eks' }] },
  { id: 'os', kind: 'single', options: [{ id: 'linux' }, { id: 'windows' }] },
];
const at = (index: number, editing = false): WizardView => ({ kind: 'question', index, editing });
const result: WizardView = { kind: 'result' };

test('before the learner acts, the view follows the answers: the first open question, or the result', () => {
  expect(viewForAnswers({}, questions)).toEqual(at(0));
  expect(viewForAnswers({ workload: 'web', team: [] }, questions)).toEqual(at(2));
  expect(viewForAnswers({ os: 'linux' }, questions)).toEqual(at(0));
  expect(viewForAnswers({ workload: 'web', team: [], os: 'linux' }, questions)).toEqual(result);
});

test('Next on an unanswered single-choice question stays there and says why', () => {
  expect(nextStep(at(0), {}, questions)).toEqual({ kind: 'invalid', index: 0, message: CHOOSE_ONE });
});

test('Next goes to the following question; an untouched checkbox question counts as "none of these"', () => {
  expect(nextStep(at(0), { workload: 'web' }, questions)).toEqual({ kind: 'go', view: at(1), answers: { workload: 'web' } });
  expect(nextStep(at(1), { workload: 'web' }, questions)).toEqual({ kind: 'go', view: at(2), answers: { workload: 'web', team: [] } });
});

test('the last question leads to the result, or back to the first question still open', () => {
  expect(nextStep(at(2), { workload: 'web', team: ['ecs'], os: 'linux' }, questions)).toEqual({
    kind: 'go',
    view: result,
    answers: { workload: 'web', team: ['ecs'], os: 'linux' },
  });
  // Opened from a link that skipped the first question.
  expect(nextStep(at(2), { team: [], os: 'linux' }, questions)).toMatchObject({ kind: 'go', view: at(0) });
});

test('a question changed from the result goes straight back to the result', () => {
  const answers = { workload: 'batch', team: [], os: 'linux' };
  expect(changeStep('workload', questions)).toEqual(at(0, true));
  expect(nextStep(at(0, true), answers, questions)).toEqual({ kind: 'go', view: result, answers });
  expect(changeStep('no-such-question', questions)).toBeNull();
});

test('Back steps to the question before; there is nothing before the first one or the result', () => {
  expect(previousStep(at(2))).toEqual(at(1));
  expect(previousStep(at(1, true))).toEqual(at(0));
  expect(previousStep(at(0))).toBeNull();
  expect(previousStep(result)).toBeNull();
  expect(nextStep(result, {}, questions)).toEqual({ kind: 'none' });
});

test('the progress bar counts the result as the last step', () => {
  expect(stepIndex(at(1), 3)).toBe(1);
  expect(stepIndex(result, 3)).toBe(2);
});
