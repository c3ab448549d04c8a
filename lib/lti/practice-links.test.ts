import { describe, expect, test } from 'vitest';
import { LESSON_SLUGS } from '../course';
import { LtiError } from './errors';
import { isPracticeCustom, practiceContentItem, practiceLaunchPath, practicePickSchema, practiceTarget, practiceWidgetNames } from './practice-links';

const ROUNDS = ['ecs-on-ec2', 'fargate'];
const lesson = LESSON_SLUGS[0];

describe('deep-linked practice links', () => {
  test('a lesson, widget, checklist or quiz round becomes an ungraded resource link whose launch opens its embed page', () => {
    const picks = [
      { kind: 'lesson', lesson },
      { kind: 'widget', widget: practiceWidgetNames()[0] },
      { kind: 'checklist', checklist: 'control-plane' },
      { kind: 'round', round: 'fargate' },
    ] as const;
    const paths = picks.map((pick) => {
      const item = practiceContentItem('https://tool.example', pick, 'Default title');
      expect(item).toMatchObject({ type: 'ltiResourceLink', title: 'Default title', url: 'https://tool.example/lti/launch' });
      // Ungraded: no line item, so the LMS makes no gradebook column.
      expect(item).not.toHaveProperty('lineItem');
      expect(isPracticeCustom(item.custom)).toBe(true);
      return practiceLaunchPath(item.custom, ROUNDS);
    });
    expect(paths).toEqual([
      `/embed/lessons/${lesson}`,
      `/embed/widgets/${practiceWidgetNames()[0]}`,
      '/embed/widgets/checklist/control-plane',
      '/embed/widgets/responsibility-quiz?round=fargate',
    ]);
  });

  test("the teacher's own title wins over the default", () => {
    expect(practiceContentItem('https://tool.example', { kind: 'lesson', lesson, title: '  Week 1 reading ' }, 'Default').title).toBe('Week 1 reading');
  });

  test('the check-up is not offered as an ungraded widget (it is the graded item), nor the checklist without its list', () => {
    expect(practiceWidgetNames()).not.toContain('check-up');
    expect(practiceWidgetNames()).not.toContain('checklist');
    expect(() => practiceTarget({ kind: 'widget', widget: 'check-up' }, ROUNDS)).toThrow(LtiError);
  });

  test('unknown lessons, widgets, checklists and rounds are refused when picked and when launched', () => {
    for (const pick of [
      { kind: 'lesson', lesson: 'no-such-lesson' },
      { kind: 'widget', widget: 'no-such-widget' },
      { kind: 'checklist', checklist: 'no-such-list' },
      { kind: 'round', round: 'no-such-round' },
    ] as const) {
      expect(() => practiceTarget(pick, ROUNDS)).toThrow(LtiError);
    }
    expect(() => practiceLaunchPath({ item_kind: 'round', item_id: 'gone' }, ROUNDS)).toThrow(/no longer has/);
    expect(() => practiceLaunchPath({ item_kind: 'lesson', item_id: '../../admin' }, ROUNDS)).toThrow(LtiError);
    expect(() => practiceLaunchPath({ item_kind: 'lesson' }, ROUNDS)).toThrow(/item_id/);
  });

  test('a check-up link, or no custom parameters, is not a practice link', () => {
    expect(isPracticeCustom({ item_kind: 'check-up', item_id: lesson })).toBe(false);
    expect(isPracticeCustom(undefined)).toBe(false);
    expect(isPracticeCustom(null)).toBe(false);
  });

  test('the pick schema refuses malformed input', () => {
    expect(practicePickSchema.safeParse({ kind: 'round', round: 'Not An Id!' }).success).toBe(false);
    expect(practicePickSchema.safeParse({ kind: 'lesson' }).success).toBe(false);
    expect(practicePickSchema.safeParse({ kind: 'check-up', lesson }).success).toBe(false);
  });
});
