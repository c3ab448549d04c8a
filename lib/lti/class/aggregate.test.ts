import { describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../questions/schema';
import {
  courseItems,
  learnerProgress,
  mostMissed,
  partOf,
  partSummaries,
  scoreDistribution,
  statusCounts,
  stuckLearners,
  wrongChoicesOf,
  type ActivityRow,
  type AnswerPatternRow,
  type MemberRow,
} from './aggregate';
import { buildClassReport, classReportCsv } from './report';

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

describe('quiz rounds: attempts of another kind, answers per round', () => {
  // Hand-made: a graded quiz item of two rounds (kind "quiz", answers `<round>/<card>`, the zone placed as the choice).
  const quiz = { kind: 'quiz', id: 'responsibility-quiz' };
  const zones = (answer: string) => ['you', 'shared', 'aws'].map((zone) => ({ id: zone, text: zone, ...(zone === answer ? { correct: true as const } : {}) }));
  const cards: Record<string, BankQuestion> = {
    'ecs-ec2/os': {
      lesson: 'launch-types',
      id: 'ecs-ec2/os',
      kind: 'single',
      prompt: 'OS: who?',
      explanation: 'You patch it.',
      section: 'ecs-ec2',
      options: zones('you'),
    },
    'ecs-ec2/app': {
      lesson: 'launch-types',
      id: 'ecs-ec2/app',
      kind: 'single',
      prompt: 'App: who?',
      explanation: 'Yours.',
      section: 'ecs-ec2',
      options: zones('you'),
    },
    'fargate/os': {
      lesson: 'launch-types',
      id: 'fargate/os',
      kind: 'single',
      prompt: 'OS: who?',
      explanation: 'AWS.',
      section: 'fargate',
      options: zones('aws'),
    },
  };
  const quizActivity: ActivityRow[] = [
    row('ann', { attempts: 1, bestPercent: 100, firstOpenedAt: daysAgo(1), lastFinishedAt: daysAgo(1) }, quiz),
    row('bob', { attempts: 2, bestPercent: 33.3, firstOpenedAt: daysAgo(2), lastFinishedAt: daysAgo(1) }, quiz),
    row('ann', { attempts: 1, bestPercent: 50 }, item),
  ];
  const answers: AnswerPatternRow[] = [
    { itemKind: 'quiz', itemId: quiz.id, questionId: 'ecs-ec2/os', correct: true, chosen: [], answers: 1 },
    { itemKind: 'quiz', itemId: quiz.id, questionId: 'ecs-ec2/os', correct: false, chosen: ['aws'], answers: 2 },
    { itemKind: 'quiz', itemId: quiz.id, questionId: 'ecs-ec2/app', correct: true, chosen: [], answers: 3 },
    { itemKind: 'quiz', itemId: quiz.id, questionId: 'fargate/os', correct: true, chosen: [], answers: 2 },
    { itemKind: 'quiz', itemId: quiz.id, questionId: 'fargate/os', correct: false, chosen: ['you'], answers: 1 },
    { itemKind: 'check-up', itemId: 'launch-types', questionId: 'q1', correct: true, chosen: [], answers: 1 },
  ];

  test('the quiz is an item of its own, next to the check-up, with its learners and stuck rule', () => {
    expect(courseItems(quizActivity, answers, null).map((entry) => `${entry.kind}:${entry.id}`)).toEqual(['check-up:launch-types', 'quiz:responsibility-quiz']);
    const progress = learnerProgress(quiz, members, quizActivity, NOW);
    expect(statusCounts(progress)).toEqual({ 'not-started': 3, 'in-progress': 0, finished: 2, stuck: 1 });
    expect(stuckLearners(progress).map((learner) => learner.name)).toEqual(['Bob']);
  });

  test('each round gets its answers and misses; plain questions have no round', () => {
    expect(partOf('ecs-ec2/os')).toBe('ecs-ec2');
    expect(partOf('q1')).toBeNull();
    expect(partSummaries(quiz, answers)).toEqual([
      { part: 'ecs-ec2', answered: 6, missed: 2, missedPercent: (2 / 6) * 100 },
      { part: 'fargate', answered: 3, missed: 1, missedPercent: (1 / 3) * 100 },
    ]);
    expect(partSummaries(item, answers)).toEqual([]);
  });

  test('the report lists the rounds and labels each missed card with its round, linked to where it is practised', () => {
    const report = buildClassReport(
      { members, activity: quizActivity, answers, launched: quiz, courseTitle: 'C' },
      {
        question: (id) => cards[id],
        item: (entry) => (entry.kind === 'quiz' ? { title: 'Quiz: who manages what?', href: '/quiz/responsibility' } : { title: 'Check-up', href: '/x' }),
        sectionTitle: () => undefined,
        part: (_entry, part) => (part === 'ecs-ec2' ? { title: 'Round: ECS on EC2', href: '/quiz/responsibility' } : null),
      },
      NOW,
    );
    const [first] = report.items;
    expect(first.key).toBe('quiz:responsibility-quiz');
    expect(first.parts.map((part) => [part.title, part.answered, part.missed])).toEqual([
      ['Round: ECS on EC2', 6, 2],
      ['fargate (no longer in the course)', 3, 1],
    ]);
    expect(first.questions[0]).toMatchObject({
      id: 'ecs-ec2/os',
      part: 'Round: ECS on EC2',
      missed: 2,
      wrongChoices: [{ label: 'aws', count: 2 }],
      section: { title: 'Round: ECS on EC2', href: '/quiz/responsibility' },
    });
    expect(first.questions[1]).toMatchObject({ id: 'fargate/os', part: 'fargate', section: { href: '/lessons/launch-types#fargate' } });
    expect(classReportCsv(report, 'questions', 'https://tool.example').split('\r\n')[1]).toMatch(/^Quiz: who manages what\?,Round: ECS on EC2: OS: who\?,3,2,/);
    expect(report.items[1].parts).toEqual([]);
  });
});

test("the instructor's stuck thresholds decide who is stuck (defaults: 2 attempts under 60 %, 7 days)", () => {
  const stuckNames = (rules?: Parameters<typeof learnerProgress>[4]) =>
    stuckLearners(learnerProgress(item, members, activity, NOW, rules)).map((learner) => `${learner.name}: ${learner.stuck.kind}`);
  expect(stuckNames()).toEqual(['Bob: low-scores', 'Cyd: not-finished']);
  // Stricter: 4 attempts, under 30 %, 10 days: nobody yet.
  expect(stuckNames({ minAttempts: 4, lowPercent: 30, staleDays: 10 })).toEqual([]);
  // Looser: one attempt under 80 % counts, and a day's wait: Zed (75 %) and Dee (opened yesterday) join.
  expect(stuckNames({ minAttempts: 1, lowPercent: 80, staleDays: 1 })).toEqual([
    'Bob: low-scores',
    'Zed from the launch: low-scores',
    'Cyd: not-finished',
    'Dee: not-finished',
  ]);
  // The edges: exactly the threshold's attempts and days count; a best score equal to the threshold does not.
  expect(stuckNames({ minAttempts: 3, lowPercent: 40, staleDays: 9 })).toEqual(['Cyd: not-finished']);
  expect(stuckNames({ minAttempts: 3, lowPercent: 41, staleDays: 10 })).toEqual(['Bob: low-scores']);
});
