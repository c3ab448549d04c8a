import { expect, it } from 'vitest';
import { questionsByLesson } from '@/content/lessons/questions';
import { checkQuestionSections, validateQuestionBank } from './bank';
import type { QuestionInput } from './schema';

const FILE = 'content/questions/demo.ts';

const single = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'demo-single',
  kind: 'single',
  prompt: 'Which is compute?',
  section: 'intro',
  explanation: 'Fargate is compute.',
  options: [
    { id: 'a', text: 'Fargate', correct: true },
    { id: 'b', text: 'ECS', feedback: 'ECS is an orchestrator.' },
  ],
  ...overrides,
});
const scenario = (id: string) => ({ ...single({ id, kind: 'scenario', scenario: 'Tasks fail to start.' }) });
/** A valid file of eight questions (two scenarios) with the question under test first. */
const fileWith = (question: Record<string, unknown>) => [
  question,
  scenario('demo-s1'),
  scenario('demo-s2'),
  ...Array.from({ length: 5 }, (_, index) => single({ id: `demo-q${index}` })),
];
const problemsFor = (question: Record<string, unknown>) => validateQuestionBank([{ lesson: 'demo', file: FILE, questions: fileWith(question) }]).problems;

it('validateQuestionBank: accepts a valid file', () => {
  expect(problemsFor(single())).toEqual([]);
});

it('validateQuestionBank: refuses a single-answer question with two correct options', () => {
  const options = [
    { id: 'a', text: 'Fargate', correct: true },
    { id: 'b', text: 'EC2', correct: true },
  ];
  expect(problemsFor(single({ options }))).toEqual([
    `${FILE}: question "demo-single", field "options": expected exactly one correct option in a single-answer question, got 2`,
  ]);
});

it('validateQuestionBank: refuses a multiple-answer question with no correct option', () => {
  const options = [
    { id: 'a', text: 'Fargate', feedback: 'x' },
    { id: 'b', text: 'ECS', feedback: 'y' },
  ];
  expect(problemsFor(single({ kind: 'multiple', options }))).toEqual([
    `${FILE}: question "demo-single", field "options": expected at least one correct option in a multiple-answer question, got 0`,
  ]);
});

it('validateQuestionBank: refuses a wrong option without its own feedback', () => {
  const options = [
    { id: 'a', text: 'Fargate', correct: true },
    { id: 'b', text: 'ECS' },
  ];
  expect(problemsFor(single({ options }))).toEqual([
    `${FILE}: question "demo-single", field "options.1.feedback": expected feedback for wrong option "b": the misconception it stands for and why it is wrong, got nothing`,
  ]);
});

it('validateQuestionBank: refuses "all of the above"', () => {
  const options = [
    { id: 'a', text: 'Fargate', correct: true },
    { id: 'b', text: 'All of the above', feedback: 'no' },
  ];
  expect(problemsFor(single({ options }))[0]).toMatch(/field "options\.1\.text": expected an option that stands on its own: no "all of the above"/);
});

it('validateQuestionBank: refuses a question without an explanation or a section', () => {
  expect(problemsFor(single({ explanation: '' }))).toEqual([
    `${FILE}: question "demo-single", field "explanation": expected the explanation shown after answering, got an empty string`,
  ]);
  expect(problemsFor(single({ section: undefined }))[0]).toBe(
    `${FILE}: question "demo-single", field "section": expected the id of the lesson section that teaches this, got nothing`,
  );
});

it('validateQuestionBank: refuses a true/false question whose why is not one line', () => {
  const question = {
    id: 'demo-tf',
    kind: 'true-false',
    prompt: 'Fargate is compute.',
    section: 'intro',
    explanation: 'Yes.',
    answer: true,
    why: 'Line one\nline two',
    wrongFeedback: 'No.',
  };
  expect(problemsFor(question)[0]).toMatch(/question "demo-tf", field "why": expected the why on one line/);
});

it('validateQuestionBank: refuses an order question with fewer than three steps', () => {
  const question = {
    id: 'demo-order',
    kind: 'order',
    prompt: 'Order these.',
    section: 'intro',
    explanation: 'So.',
    steps: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
  };
  expect(problemsFor(question)[0]).toMatch(/question "demo-order", field "steps": expected at least 3 steps to put in order/);
});

it('validateQuestionBank: refuses an unknown kind and a misspelt field', () => {
  expect(problemsFor(single({ kind: 'essay' }))[0]).toMatch(/field "kind": expected kind to be one of single, multiple, true-false, order, scenario/);
  expect(problemsFor(single({ explanaton: 'typo' }))[0]).toMatch(/question "demo-single", field "explanaton": not expected here/);
});

it('validateQuestionBank: refuses an id used twice and a retired id', () => {
  const files = [
    { lesson: 'demo', file: FILE, questions: fileWith(single()) },
    {
      lesson: 'other',
      file: 'content/questions/other.ts',
      questions: fileWith(single()).map((q, i) => ({ ...q, id: i === 0 ? 'demo-single' : `other-${i}` })),
    },
  ];
  expect(validateQuestionBank(files).problems).toEqual([
    `content/questions/other.ts: question "demo-single", field "id": expected a unique id, "demo-single" is also used in ${FILE}`,
  ]);
  expect(validateQuestionBank([{ lesson: 'demo', file: FILE, questions: fileWith(single()) }], ['demo-single']).problems[0]).toMatch(
    /"demo-single" was retired/,
  );
});

it('validateQuestionBank: refuses a lesson with too few questions or scenarios', () => {
  expect(validateQuestionBank([{ lesson: 'demo', file: FILE, questions: [single()] }]).problems).toEqual([`${FILE}: expected at least 8 questions, got 1`]);
  const noScenarios = Array.from({ length: 8 }, (_, index) => single({ id: `demo-q${index}` }));
  expect(validateQuestionBank([{ lesson: 'demo', file: FILE, questions: noScenarios }]).problems).toEqual([
    `${FILE}: expected at least 2 scenario questions, got 0`,
  ]);
});

it('checkQuestionSections: names a section that does not exist in the lesson', () => {
  const { questions } = validateQuestionBank([{ lesson: 'demo', file: FILE, questions: fileWith(single({ section: 'gone' })) }]);
  expect(checkQuestionSections(questions.slice(0, 1), { demo: ['intro', 'recap'] })).toEqual([
    `content/lessons/demo/questions.ts: question "demo-single", field "section": expected a section id of lesson "demo", got "gone" (sections: intro, recap)`,
  ]);
});

it('the course question bank: is valid, with at least 8 questions and 2 scenarios per lesson', () => {
  const files = Object.entries(questionsByLesson).map(([lesson, questions]) => ({ lesson, file: `content/lessons/${lesson}/questions.ts`, questions }));
  const { questions, problems } = validateQuestionBank(files);
  expect(problems).toEqual([]);
  expect(questions.length).toBeGreaterThanOrEqual(56);
  const kinds = new Set(questions.map((question) => question.kind));
  expect([...kinds].sort()).toEqual(['multiple', 'order', 'scenario', 'single', 'true-false']);
  // keep the type import honest: content files are typed against the schema's input
  const sample: QuestionInput = questions[0];
  expect(sample.id).toBeTruthy();
});
