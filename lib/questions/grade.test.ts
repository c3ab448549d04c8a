import { describe, expect, it } from 'vitest';
import { questionsByLesson } from '@/content/lessons/questions';
import { validateQuestionBank } from './bank';
import { canCheck, correctAnswerText, grade, moveStep, presentationOrder } from './grade';

const { questions } = validateQuestionBank(Object.entries(questionsByLesson).map(([lesson, qs]) => ({ lesson, file: lesson, questions: qs })));
const byId = (id: string) => questions.find((question) => question.id === id)!;

describe('grade', () => {
  it('marks a single answer right, and a distractor wrong with its own feedback', () => {
    const question = byId('co-fargate-is-compute');
    expect(grade(question, { kind: 'choice', optionIds: ['compute'] })).toEqual({ correct: true, mistakes: [], missed: [] });
    const wrong = grade(question, { kind: 'choice', optionIds: ['orchestrator'] });
    expect(wrong.correct).toBe(false);
    expect(wrong.mistakes).toEqual([{ text: 'A third orchestrator, next to ECS and EKS', feedback: expect.stringContaining('schedules nothing itself') }]);
  });

  it('needs every right option and no wrong one in a multiple-answer question', () => {
    const question = byId('co-complete-answer');
    expect(grade(question, { kind: 'choice', optionIds: ['ecs-fargate-ecr', 'eks-ec2-ecr'] }).correct).toBe(true);
    const partial = grade(question, { kind: 'choice', optionIds: ['ecs-fargate-ecr'] });
    expect(partial).toMatchObject({ correct: false, mistakes: [], missed: ['EKS on EC2 nodes, images in ECR'] });
    expect(grade(question, { kind: 'choice', optionIds: ['ecs-fargate-ecr', 'eks-ec2-ecr', 'fargate'] }).mistakes).toHaveLength(1);
  });

  it('grades true/false and gives the wrong-choice feedback', () => {
    const question = byId('sr-image-not-patched');
    expect(grade(question, { kind: 'true-false', value: false }).correct).toBe(true);
    expect(grade(question, { kind: 'true-false', value: true }).mistakes[0].text).toBe('True');
  });

  it('grades an order question by position', () => {
    const question = byId('lt-spot-lifecycle-order');
    expect(grade(question, { kind: 'order', stepIds: ['associate', 'service', 'placed', 'reclaim', 'replace'] })).toMatchObject({ correct: true, inPlace: 5 });
    expect(grade(question, { kind: 'order', stepIds: ['service', 'associate', 'placed', 'reclaim', 'replace'] })).toMatchObject({ correct: false, inPlace: 3 });
  });
});

describe('presentationOrder', () => {
  it('is deterministic for the first attempt and never starts an order question solved', () => {
    for (const question of questions) {
      expect(presentationOrder(question, 0)).toEqual(presentationOrder(question, 0));
      if (question.kind === 'order') expect(presentationOrder(question, 0)).not.toEqual(question.steps.map((step) => step.id));
    }
    const order = byId('fs-harden-order');
    expect(presentationOrder(order, 1, () => 0.999)).not.toEqual(['enable', 'roll', 'confirm']);
  });

  it('keeps every option exactly once', () => {
    const question = byId('cp-private-endpoints');
    expect([...presentationOrder(question, 3)].sort()).toEqual(question.kind === 'multiple' ? question.options.map((o) => o.id).sort() : []);
  });
});

describe('moveStep and helpers', () => {
  it('moves a step up or down and ignores moves off the ends', () => {
    expect(moveStep(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('knows when an answer can be checked and words the right answer', () => {
    const single = byId('co-fargate-is-compute');
    expect(canCheck(single, undefined)).toBe(false);
    expect(canCheck(single, { kind: 'choice', optionIds: [] })).toBe(false);
    expect(canCheck(single, { kind: 'choice', optionIds: ['vm'] })).toBe(true);
    expect(canCheck(byId('lt-spot-lifecycle-order'), undefined)).toBe(true);
    expect(correctAnswerText(byId('sr-image-not-patched'))).toEqual(['False']);
  });
});
