import { describe, expect, it } from 'vitest';
import { nextStep, nextStepLabel, resumeStep } from './course-progress';

const slugs = ['one', 'two', 'three'];
const done = { doneAt: '2026-12-01T10:00:00.000Z' };

describe('nextStep', () => {
  it('starts with lesson 1 when nothing is done', () => {
    expect(nextStep(slugs, {})).toEqual({ kind: 'start', index: 0 });
  });
  it('continues with the first lesson not done', () => {
    expect(nextStep(slugs, { one: done })).toEqual({ kind: 'continue', index: 1 });
    expect(nextStep(slugs, { two: done })).toEqual({ kind: 'continue', index: 0 });
    expect(nextStep(slugs, { one: done, three: done })).toEqual({ kind: 'continue', index: 1 });
  });
  it('offers a review from lesson 1 once every lesson is done', () => {
    expect(nextStep(slugs, { one: done, two: done, three: done })).toEqual({ kind: 'review', index: 0 });
  });
  it('ignores lessons that are no longer in the course', () => {
    expect(nextStep(slugs, { retired: done })).toEqual({ kind: 'start', index: 0 });
  });
});

describe('nextStepLabel', () => {
  it('names the lesson by its position', () => {
    expect(nextStepLabel({ kind: 'start', index: 0 })).toBe('Start with lesson 1');
    expect(nextStepLabel({ kind: 'continue', index: 1 })).toBe('Continue: lesson 2');
    expect(nextStepLabel({ kind: 'review', index: 0 })).toBe('Review: lesson 1');
  });
});

describe('resumeStep', () => {
  it('a newcomer who stopped inside lesson 1 continues it; other steps are unchanged', () => {
    expect(resumeStep({ kind: 'start', index: 0 }, true)).toEqual({ kind: 'continue', index: 0 });
    expect(resumeStep({ kind: 'start', index: 0 }, false)).toEqual({ kind: 'start', index: 0 });
    expect(resumeStep({ kind: 'continue', index: 2 }, true)).toEqual({ kind: 'continue', index: 2 });
    expect(resumeStep({ kind: 'review', index: 0 }, true)).toEqual({ kind: 'review', index: 0 });
  });
});
