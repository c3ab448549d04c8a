import { expect, it } from 'vitest';
import { embedPath, gradedResultWidgets, targetFromPath, targetTitle } from './targets';

const args = { checklist: ['control-plane'], lesson: ['launch-types'] };

it('embed targets: every target has one stable path, which parses back to it', () => {
  for (const target of [
    { kind: 'lesson', slug: 'launch-types' },
    { kind: 'widget', widget: 'responsibility-quiz' },
    { kind: 'widget', widget: 'chooser' },
    { kind: 'widget', widget: 'launch-type-diagram' },
    { kind: 'widget', widget: 'checklist', argument: 'control-plane' },
    { kind: 'widget', widget: 'check-up', argument: 'launch-types' },
  ] as const) {
    expect(targetFromPath(embedPath(target), args)).toEqual(target);
  }
  expect(embedPath({ kind: 'widget', widget: 'checklist', argument: 'control-plane' })).toBe('/embed/widgets/checklist/control-plane');
  expect(embedPath({ kind: 'widget', widget: 'check-up', argument: 'launch-types' })).toBe('/embed/widgets/check-up/launch-types');
  expect(targetFromPath('/embed/widgets/check-up/no-such-lesson', args)).toBeNull();
});

it('embed targets: site pages that are one widget map to that widget; other pages are not embeddable', () => {
  expect(targetFromPath('/chooser', args)).toEqual({ kind: 'widget', widget: 'chooser' });
  expect(targetFromPath('/lessons/launch-types.html', args)).toEqual({ kind: 'lesson', slug: 'launch-types' });
  expect(targetFromPath('/checklists', args)).toBeNull();
  expect(targetFromPath('/embed/widgets/unknown', args)).toBeNull();
  expect(targetFromPath('/widgets/chooser', args)).toBeNull();
});

it('embed targets: titles come from the content, graded widgets from the registry', () => {
  expect(targetTitle({ kind: 'widget', widget: 'checklist', argument: 'control-plane' }, { 'checklist/control-plane': 'ECS control plane' })).toBe(
    'ECS control plane',
  );
  expect(targetTitle({ kind: 'lesson', slug: 'x' }, {})).toBe('x');
  expect(gradedResultWidgets()).toEqual(['responsibility-quiz', 'taskdef-lab', 'check-up']);
});
