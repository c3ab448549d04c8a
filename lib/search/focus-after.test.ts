import { expect, it } from 'vitest';
import { focusTargetOnArrival } from './focus-after';

it('focusTargetOnArrival: the fragment of the noted address, only on that very page', () => {
  const noted = 'http://localhost/lessons/ecs-security-application#three-roles-three-jobs';
  expect(focusTargetOnArrival(noted, noted)).toBe('three-roles-three-jobs');
  expect(focusTargetOnArrival(noted, 'http://localhost/lessons/ecs-security-application#other')).toBeNull();
  expect(focusTargetOnArrival(noted, 'http://localhost/lessons/fargate-security#three-roles-three-jobs')).toBeNull();
  expect(focusTargetOnArrival(noted, 'http://elsewhere/lessons/ecs-security-application#three-roles-three-jobs')).toBeNull();
  expect(focusTargetOnArrival('http://localhost/glossary', 'http://localhost/glossary')).toBeNull();
  expect(focusTargetOnArrival(null, noted)).toBeNull();
  expect(focusTargetOnArrival('not a url', noted)).toBeNull();
  expect(focusTargetOnArrival('http://localhost/a#caf%C3%A9', 'http://localhost/a#caf%C3%A9')).toBe('café');
});
