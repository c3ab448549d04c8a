import { expect, it } from 'vitest';
import { gradingFor } from './catalogue';
import { WIDGETS } from '../widget-catalogue';
import { partOf, COUNTED_WIDGETS } from '../assignment/attempt';

it('a lesson with the task-definition lab is graded on its check-up only: the lab is practice inside the package', () => {
  const { grading } = gradingFor({ kind: 'lesson', slug: 'fargate-security' }, ['TaskDefinitionLab'], { checkUp: true, rounds: [] });
  expect(grading.gradedWidgets).toEqual(['check-up']);
  expect(grading.assignment?.required).toEqual(['check-up']);
});

it('the task-definition lab on its own is an ungraded package: any result completes it, no score', () => {
  const { grading, masteryScore } = gradingFor({ kind: 'widget', widget: 'taskdef-lab' });
  expect(grading).toEqual({ completion: 'result', gradedWidgets: [] });
  expect(masteryScore).toBeUndefined();
});

it('every widget result an assignment counts is a part; every other graded widget result is not', () => {
  for (const widget of WIDGETS) {
    if (!widget.result) continue;
    const counted = (Object.values(COUNTED_WIDGETS) as string[]).includes(widget.result);
    expect(partOf({ widget: widget.result, item: 'ec2' }) !== null, widget.result).toBe(counted);
  }
});
