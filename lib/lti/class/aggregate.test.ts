import { describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../questions/schema';
import {
  courseItems,
  learnerProgress,
  mostMissed,
  scoreDistribution,
  statusCounts,
  stuckLearners,
  wrongChoicesOf,
  type ActivityRow,
  type AnswerPatternRow,
  type MemberRow,
} from './aggregate';

const NOW = new Date('2026-12-06T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const item = { kind: 'check-up', id: 'launch-types' };
const other = { kind: 'check-up', id: 'fargate-security' };

const members: MemberRow[] = [
  { userSub: 'ann', name: 'Ann' },
  { userSub: 'bob', name: 'Bob' },
  { userSub: 'cyd', name: 'Cyd' },
  { userSub: 'dee', name: 'Dee' },
  { userSub: 'eve', name: null },
];

const row = (userSub: string, fields: Partial<ActivityRow>, on = item): ActivityRow => ({
  userSub,
  itemKind: on.kind,
  itemId: on.id,
  name: null,
  attempts: 0,
  bestPercent: null,
  firstOpenedAt: null,
  lastOpenedAt: null,
  lastFinishedAt: null,
  ...fields,
});

// Ann: finished well. Bob: three attempts, best 40 % (stuck). Cyd: opened 9 days ago, never finished (stuck).
// Dee: opened yesterday (in progress, not stuck). Eve: nothing on this item (not started), but finished another.
// Zed: not in the roster any more, has an attempt (kept, named from the launch).
const activity: ActivityRow[] = [
  row('ann', { attempts: 1, bestPercent: 100, firstOpenedAt: daysAgo(3), lastOpenedAt: daysAgo(3), lastFinishedAt: daysAgo(2) }),
  row('bob', { attempts: 3, bestPercent: 40, firstOpenedAt: daysAgo(5), lastOpenedAt: daysAgo(1), lastFinishedAt: daysAgo(1) }),
  row('cyd', { firstOpenedAt: daysAgo(9), lastOpenedAt: daysAgo(8) }),
  row('dee', { firstOpenedAt: daysAgo(1), lastOpenedAt: daysAgo(1) }),
  row('eve', { attempts: 1, bestPercent: 50 }, other),
  row('zed', { name: 'Zed from the launch', attempts: 1, bestPercent: 75, lastFinishedAt: daysAgo(4) }),
];

describe('learner progress', () => {
  const progress = learnerProgress(item, members, activity, NOW);
  const by = (sub: string) => progress.find((learner) => learner.userSub === sub)!;

  test('every member and every learner with activity, by name, each with a status', () => {
    expect(progress.map((learner) => [learner.name, learner.status])).toEqual([
      ['Ann', 'finished'],
      ['Bob', 'finished'],
      ['Cyd', 'in-progress'],
      ['Dee', 'in-progress'],
      ['Learner eve', 'not-started'],
      ['Zed from the launch', 'finished'],
    ]);
    expect(statusCounts(progress)).toEqual({ 'not-started': 1, 'in-progress': 2, finished: 3, stuck: 2 });
  });

  test('score, attempts and last activity (the later of opening and finishing)', () => {
    expect(by('bob')).toMatchObject({ attempts: 3, bestPercent: 40, lastActivity: daysAgo(1) });
    expect(by('ann').lastActivity).toEqual(daysAgo(2));
    expect(by('cyd').lastActivity).toEqual(daysAgo(8));
    expect(by('eve')).toMatchObject({ attempts: 0, bestPercent: null, lastActivity: null });
  });

  test('stuck: low scores on repeated attempts, or opened N days ago and not finished', () => {
    expect(by('bob').stuck).toEqual({ kind: 'low-scores', attempts: 3, bestPercent: 40 });
    expect(by('cyd').stuck).toEqual({ kind: 'not-finished', days: 9 });
    expect(by('dee').stuck).toBeNull();
    expect(by('ann').stuck).toBeNull();
    // One low attempt is not "repeated"; the rules can be tightened.
    const once = learnerProgress(item, [], [row('x', { attempts: 1, bestPercent: 10 })], NOW);
    expect(once[0].stuck).toBeNull();
    const strict = learnerProgress(item, members, activity, NOW, { minAttempts: 1, lowPercent: 101, staleDays: 1 });
    expect(stuckLearners(strict).map((learner) => learner.name)).toEqual(['Bob', 'Zed from the launch', 'Ann', 'Cyd', 'Dee']);
  });

  test('the stuck list puts the lowest score first, then the longest wait', () => {
    expect(stuckLearners(progress).map((learner) => [learner.name, learner.stuck.kind])).toEqual([
      ['Bob', 'low-scores'],
      ['Cyd', 'not-finished'],
    ]);
  });

  test('score distribution of best attempts by band, with median and mean', () => {
    const distribution = scoreDistribution(progress);
    expect(distribution.bands.map((band) => band.learners)).toEqual([0, 0, 1, 1, 1]);
    expect(distribution).toMatchObject({ finished: 3, median: 75, mean: (100 + 40 + 75) / 3 });
    expect(scoreDistribution([])).toEqual({ bands: expect.any(Array), finished: 0, median: null, mean: null });
    const even = scoreDistribution(
      learnerProgress(
        item,
        [],
        [
          row('a', { attempts: 1, bestPercent: 0 }),
          row('b', { attempts: 1, bestPercent: 19.9 }),
          row('c', { attempts: 1, bestPercent: 20 }),
          row('d', { attempts: 1, bestPercent: 80 }),
        ],
        NOW,
      ),
    );
    expect(even.bands.map((band) => band.learners)).toEqual([2, 1, 0, 0, 1]);
    expect(even.median).toBe(19.95);
  });
});

const single: BankQuestion = {
  lesson: 'launch-types',
  id: 'q-single',
  kind: 'single',
  prompt: 'Who patches the host on Fargate?',
  explanation: 'AWS does.',
  section: 'who-patches',
  options: [
    { id: 'aws', text: 'AWS', correct: true },
    { id: 'you', text: 'You', feedback: 'Thinks Fargate is EC2.' },
    { id: 'nobody', text: 'Nobody', feedback: 'Thinks hosts never need patches.' },
  ],
};
const multiple: BankQuestion = {
  lesson: 'launch-types',
  id: 'q-multiple',
  kind: 'multiple',
  prompt: 'Which are yours?',
  explanation: 'E',
  section: 's',
  options: [
    { id: 'image', text: 'The image', correct: true },
    { id: 'iam', text: 'Task IAM role', correct: true },
    { id: 'kernel', text: 'The kernel', feedback: 'Not on Fargate.' },
  ],
};
const trueFalse: BankQuestion = {
  lesson: 'launch-types',
  id: 'q-tf',
  kind: 'true-false',
  prompt: 'P',
  explanation: 'E',
  section: 's',
  answer: false,
  why: 'W',
  wrongFeedback: 'Believes the myth.',
};
const order: BankQuestion = {
  lesson: 'launch-types',
  id: 'q-order',
  kind: 'order',
  prompt: 'P',
  explanation: 'E',
  section: 's',
  steps: [
    { id: 'build', text: 'Build' },
    { id: 'push', text: 'Push' },
    { id: 'run', text: 'Run' },
  ],
};
const bank = new Map([single, multiple, trueFalse, order].map((question) => [question.id, question]));

test('a wrong answer names each wrong option chosen, each right option left out, the value or the order given', () => {
  expect(wrongChoicesOf(single, ['you'])).toEqual([{ key: 'you', label: 'You', feedback: 'Thinks Fargate is EC2.' }]);
  expect(wrongChoicesOf(single, ['aws'])).toEqual([]);
  expect(wrongChoicesOf(multiple, ['image', 'kernel']).map((choice) => choice.key)).toEqual(['kernel', 'missing:iam']);
  expect(wrongChoicesOf(trueFalse, ['true'])).toEqual([{ key: 'true', label: 'True', feedback: 'Believes the myth.' }]);
  expect(wrongChoicesOf(order, ['push', 'build', 'run'])[0].label).toBe('Push → Build → Run');
  expect(wrongChoicesOf(single, [])[0].key).toBe('no-answer');
});

test('most-missed questions with the most chosen wrong option: the class misconception', () => {
  const pattern = (questionId: string, correct: boolean, chosen: string[], answers: number, on = item): AnswerPatternRow => ({
    itemKind: on.kind,
    itemId: on.id,
    questionId,
    correct,
    chosen,
    answers,
  });
  const rows: AnswerPatternRow[] = [
    // q-single: 10 answers, 7 missed: 5 "you", 2 "nobody".
    pattern('q-single', true, ['aws'], 3),
    pattern('q-single', false, ['you'], 5),
    pattern('q-single', false, ['nobody'], 2),
    // q-multiple: 10 answers, 4 missed.
    pattern('q-multiple', true, ['image', 'iam'], 6),
    pattern('q-multiple', false, ['image', 'kernel'], 3),
    pattern('q-multiple', false, ['image'], 1),
    // q-tf: 4 answers, all right.
    pattern('q-tf', true, ['false'], 4),
    // A question the course retired, and another item's answers: left out.
    pattern('q-gone', false, ['x'], 9),
    pattern('q-single', false, ['you'], 50, other),
  ];
  const missed = mostMissed(item, rows, (id) => bank.get(id));
  expect(missed.map((question) => [question.questionId, question.answered, question.missed, question.missedPercent])).toEqual([
    ['q-single', 10, 7, 70],
    ['q-multiple', 10, 4, 40],
    ['q-tf', 4, 0, 0],
  ]);
  expect(missed[0].wrongChoices).toEqual([
    { key: 'you', label: 'You', feedback: 'Thinks Fargate is EC2.', count: 5 },
    { key: 'nobody', label: 'Nobody', feedback: 'Thinks hosts never need patches.', count: 2 },
  ]);
  expect(missed[1].wrongChoices.map((choice) => [choice.key, choice.count])).toEqual(
    [
      ['kernel', 3],
      ['missing:iam', 4],
    ].sort((a, b) => (b[1] as number) - (a[1] as number)),
  );
});

test('the course items: the launched one first, then the rest in a stable order', () => {
  const answers: AnswerPatternRow[] = [{ itemKind: 'check-up', itemId: 'a-lesson', questionId: 'q', correct: true, chosen: [], answers: 1 }];
  expect(courseItems(activity, answers, other)).toEqual([other, { kind: 'check-up', id: 'a-lesson' }, item]);
  expect(courseItems(activity, [], null)).toEqual([other, item]);
  expect(courseItems([], [], null)).toEqual([]);
});
