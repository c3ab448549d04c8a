import { expect, it } from 'vitest';
import { compileMdx } from './compile';

it('collectSections: gives each h2/h3 section its anchor and prose, without code blocks or widgets', async () => {
  const source = [
    'Intro words.',
    '',
    '## Roles and jobs',
    '',
    'The task role is for your code.',
    '',
    '```json',
    '{ "secret": true }',
    '```',
    '',
    '<LaunchTypeDiagram />',
    '',
    '### A detail',
    '',
    '<Callout kind="note">Callouts count.</Callout>',
  ].join('\n');
  const { sections } = await compileMdx(source, 'content/lessons/example.mdx');
  expect(sections).toEqual([
    { id: '', heading: '', depth: 1, text: 'Intro words.' },
    { id: 'roles-and-jobs', heading: 'Roles and jobs', depth: 2, text: 'The task role is for your code.' },
    { id: 'a-detail', heading: 'A detail', depth: 3, text: 'Callouts count.' },
  ]);
});
