/**
 * Every route renders with a populated learner store and no console error: in particular none of React's
 * hydration errors (#418 text mismatch, #423, #425), which /progress threw with saved progress before.
 */
import { expect, test } from '@playwright/test';
import { allPageRoutes } from '../lib/routes';
import { getLessons } from '../lib/content/lessons';

const lessons = getLessons();
const at = '2026-12-01T10:00:00.000Z';
const card = {
  due: '2026-12-02T10:00:00.000Z',
  stability: 2.3,
  difficulty: 2.1,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: at,
};
const STORE = {
  version: 2,
  theme: 'dark',
  lessons: { [lessons[0].slug]: { doneAt: at } },
  widgets: {
    [`check-up:${lessons[1].slug}`]: { answers: {}, completed: { at, score: 7, max: 9, passed: true } },
    'check-up:container-options': {
      answers: { 'co-fargate-is-compute': { correct: true, at, scored: true, given: { kind: 'choice', optionIds: ['compute'] } } },
    },
    // Where the learner stopped in lesson 3 (home's button opens it there) and a mock exam in progress (/quiz).
    reading: { [lessons[2].slug]: { section: 'recap', title: 'Recap', at } },
    'mock-exam': {
      current: {
        startedAt: at,
        endsAt: '2026-12-03T11:00:00.000Z',
        ids: ['co-fargate-is-compute', 'lt-launch-type-values'],
        answers: { 'co-fargate-is-compute': { kind: 'choice', optionIds: ['compute'] } },
        at: 1,
      },
      past: [
        {
          startedAt: at,
          endedAt: at,
          reason: 'finished',
          score: 1,
          max: 2,
          passed: false,
          byLesson: [{ lesson: 'container-options', right: 1, asked: 2 }],
          missed: ['co-fargate-is-compute'],
          unanswered: 0,
        },
      ],
    },
  },
  results: [{ widget: 'check-up', lesson: lessons[1].slug, score: 7, max: 9, passed: true, completedAt: at }],
  reviews: { 'q:co-fargate-is-compute': { card, log: [{ at, rating: 3, correct: true }] } },
};

for (const path of allPageRoutes().map((route) => route.path)) {
  test(`no console error with saved progress on ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.clock.setFixedTime(new Date('2026-12-03T10:00:00Z'));
    await page.addInitScript((store) => localStorage.setItem('containers-on-aws:learner', store), JSON.stringify(STORE));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The page shows the saved state (so the check ran after the store was read, not before).
    if (path === '/') {
      await expect(page.getByText('2 of ' + lessons.length + ' lessons done')).toBeVisible();
      await expect(page.getByRole('link', { name: `Continue: lesson 3, ${lessons[2].title}, at “Recap”` })).toHaveAttribute(
        'href',
        `/lessons/${lessons[2].slug}#recap`,
      );
    }
    if (path === '/quiz') await expect(page.getByText(/You have a mock exam in progress: 1 of 2 answered/)).toBeVisible();
    expect(errors, errors.join('\n')).toEqual([]);
  });
}
