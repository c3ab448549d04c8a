import { expect, it } from 'vitest';
import { challengeTableNames, checkChallengeNames } from './challenge-names';

const lesson = [
  '## The six challenges',
  '',
  '| Challenge | Today |',
  '|---|---|',
  '| No view of the host | True |',
  '| Ephemeral tasks and forensics | True |',
  '',
  '## No view of the host',
].join('\n');
const headings = [
  { text: 'The six challenges', depth: 2 },
  { text: 'No view of the host', depth: 2 },
  { text: 'Ephemeral tasks and forensics', depth: 2 },
];
const files = { checklistFile: 'content/checklists/fargate-challenges.ts', lessonFile: 'content/lessons/fargate-security/lesson.mdx' };

it('reads the challenge table', () => {
  expect(challengeTableNames(lesson)).toEqual(['No view of the host', 'Ephemeral tasks and forensics']);
});

it('passes when the checklist, the table and the headings use one name per challenge', () => {
  expect(
    checkChallengeNames({
      ...files,
      challengeNames: ['No view of the host', 'Ephemeral tasks and forensics', 'Ephemeral tasks and forensics'],
      headings,
      lessonSource: lesson,
    }),
  ).toEqual([]);
});

it('names each place where a challenge goes by another name', () => {
  const renamed = lesson.replace('| Ephemeral tasks and forensics |', '| Ephemeral tasks hinder triage and forensics |');
  expect(
    checkChallengeNames({ ...files, challengeNames: ['No view of the host', 'Ephemeral tasks hinder forensics'], headings, lessonSource: renamed }),
  ).toEqual([
    'content/checklists/fargate-challenges.ts: field "challenge.name": "Ephemeral tasks hinder forensics" is not a section heading of content/lessons/fargate-security/lesson.mdx: call the challenge by its section\'s name',
    'content/lessons/fargate-security/lesson.mdx: challenge table row "Ephemeral tasks hinder triage and forensics": expected one of the checklist\'s challenge names (No view of the host, Ephemeral tasks hinder forensics)',
    'content/lessons/fargate-security/lesson.mdx: challenge table: no row for "Ephemeral tasks hinder forensics"',
  ]);
});
