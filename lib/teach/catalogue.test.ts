import { expect, it } from 'vitest';
import { allEmbedTargets } from '../embed/context';
import { teachCatalogue, teachRounds } from './catalogue';
import { allRounds } from '../quiz/matrix';

it('lists every embed target once, with its embed route, its SCORM package and what a graded package counts', () => {
  const items = teachCatalogue();
  expect(items.map((item) => item.target)).toEqual(allEmbedTargets());
  expect(new Set(items.map((item) => item.scorm)).size).toBe(items.length);
  const byEmbed = new Map(items.map((item) => [item.embed, item]));
  expect(byEmbed.get('/embed/lessons/launch-types')).toMatchObject({ scorm: '/lms/lesson-launch-types-scorm12.zip', graded: 'The check-up questions' });
  expect(byEmbed.get('/embed/lessons/shared-responsibility')?.graded).toBe('The check-up questions and the quiz rounds');
  expect(byEmbed.get('/embed/widgets/responsibility-quiz')?.graded).toBe('The quiz rounds');
  expect(byEmbed.get('/embed/widgets/checklist/control-plane')?.graded).toBe('Not graded: completion only');
});

it('lists every quiz round with its own page and its one-round embed', () => {
  const rounds = teachRounds();
  expect(rounds.map((round) => round.id)).toEqual(allRounds().map((round) => round.id));
  expect(rounds.find((round) => round.id === 'fargate')).toMatchObject({
    page: '/quiz/responsibility/fargate',
    embed: '/embed/widgets/responsibility-quiz?round=fargate',
  });
});
