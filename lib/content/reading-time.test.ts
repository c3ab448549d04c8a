import { expect, it } from 'vitest';
import { codeLinesOf, lessonTime, proseWordsOf, questionWordsOf, READING_RATES } from './reading-time';

it('proseWordsOf counts what a learner reads: not markup, link targets, citations, tags or code', () => {
  const body = [
    '## Two words',
    '',
    'Fargate runs [tasks](/glossary#task) for you<Cite source="platform-linux-fargate" />.',
    '',
    '<Callout kind="note">',
    'A *short* note.',
    '</Callout>',
    '',
    '| Target | Size |',
    '|---|---|',
    '| Lambda | 10,240 MB |',
    '',
    '```json',
    '{ "networkMode": "awsvpc" }',
    '```',
    '',
    '<SecurityChecklist list="control-plane" />',
  ].join('\n');
  // "Two words" 2 + "Fargate runs tasks for you" 5 + "A short note" 3 + "Target Size Lambda 10,240 MB" 5
  expect(proseWordsOf(body)).toBe(15);
});

it('codeLinesOf counts non-blank lines of written blocks and of included example files', () => {
  const body = '```bash\naws ecs list-tasks\n\naws ecs describe-tasks\n```\n\n```json file=a/b.json\n```\n';
  expect(codeLinesOf(body, (file) => (file === 'a/b.json' ? '{\n  "a": 1\n}\n' : undefined))).toBe(5);
});

it('questionWordsOf reads the scenario, prompt, options or steps, and the explanation; not ids or feedback', () => {
  expect(
    questionWordsOf({
      id: 'x-one',
      scenario: 'A task stops.',
      prompt: 'Why?',
      options: [
        { id: 'a', text: 'No role', correct: true },
        { id: 'b', text: 'No subnet', feedback: 'Feedback is read only after a wrong answer.' },
      ],
      explanation: 'The role pulls images.',
    }),
  ).toBe(3 + 1 + 2 + 2 + 4);
  expect(
    questionWordsOf({
      prompt: 'Order them.',
      steps: [
        { id: 's1', text: 'Build' },
        { id: 's2', text: 'Push it' },
      ],
    }),
  ).toBe(5);
});

it('lessonTime: reading at the stated rates plus the check-up, each rounded up, and the total of both', () => {
  const prose = Array.from({ length: 360 }, () => 'word').join(' ');
  const code = '```bash\n' + Array.from({ length: 15 }, (_, i) => `echo ${i}`).join('\n') + '\n```';
  const question = { prompt: Array.from({ length: 18 }, () => 'word').join(' ') };
  const time = lessonTime({ body: `${prose}\n\n${code}`, questions: [question, question, question], readExample: () => undefined });
  // 360 words at 180 a minute = 2, 15 lines at 15 a minute = 1; 54 words = 0.3 min + 3 x 20 s = 1 min -> 2 (rounded up).
  expect(READING_RATES.proseWordsPerMinute).toBe(180);
  expect(time).toEqual({ proseWords: 360, codeLines: 15, questions: 3, questionWords: 54, readingMinutes: 3, checkUpMinutes: 2, minutes: 5 });
  expect(lessonTime({ body: 'Short.', questions: [], readExample: () => undefined })).toMatchObject({ readingMinutes: 1, checkUpMinutes: 0, minutes: 1 });
});
