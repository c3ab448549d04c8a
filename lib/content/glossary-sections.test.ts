import { expect, it } from 'vitest';
import { glossarySections, type LessonForGlossary } from './glossary-sections';

const terms = [
  { id: 'task-role', phrases: ['task role'], lesson: '/lessons/two#roles' },
  { id: 'task-execution-role', phrases: ['task execution role'], lesson: '/lessons/two#roles' },
  { id: 'fargate', phrases: ['AWS Fargate', 'Fargate'], lesson: '/lessons/one#fargate' },
];
const lessons: LessonForGlossary[] = [
  {
    slug: 'one',
    title: 'Lesson one',
    sections: [
      { id: '', heading: '', text: 'An introduction that mentions the task role before any heading.' },
      { id: 'fargate', heading: 'Fargate', text: 'AWS Fargate runs tasks.' },
      { id: 'later', heading: 'Later', text: 'The task execution role pulls images.' },
    ],
  },
  {
    slug: 'two',
    title: 'Lesson two',
    sections: [
      { id: 'intro', heading: 'Intro', text: 'On Fargate, again on Fargate.' },
      { id: 'roles', heading: 'Roles', text: 'The task role and the task execution role.' },
    ],
  },
];

it('glossarySections: the teaching section, then the first section of each other lesson that uses the term', () => {
  const sections = glossarySections(terms, lessons);
  expect(sections.get('fargate')).toEqual({
    taught: { href: '/lessons/one#fargate', lesson: 'Lesson one', position: 1, heading: 'Fargate' },
    alsoIn: [{ href: '/lessons/two#intro', lesson: 'Lesson two', position: 2, heading: 'Intro' }],
  });
  // "task execution role" is not a use of "task role"; text before the first heading has no anchor to link.
  expect(sections.get('task-role')).toEqual({ taught: { href: '/lessons/two#roles', lesson: 'Lesson two', position: 2, heading: 'Roles' }, alsoIn: [] });
  expect(sections.get('task-execution-role')?.alsoIn).toEqual([{ href: '/lessons/one#later', lesson: 'Lesson one', position: 1, heading: 'Later' }]);
});

it('glossarySections: no teaching link for a section that does not exist (the content check reports it)', () => {
  expect(glossarySections([{ id: 'x', phrases: ['x'], lesson: '/lessons/one#gone' }], lessons).get('x')).toEqual({ taught: undefined, alsoIn: [] });
});
