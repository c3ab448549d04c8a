import { expect, it } from 'vitest';
import { announce, placeName, roundInstructions } from './announce';

it('announcements: name the card and the zone in plain words', () => {
  expect(placeName('pool')).toBe('the card pool');
  expect(placeName('aws')).toBe('the AWS manages zone');
  expect(announce.pickedUp('Operating system', 'pool')).toBe('Picked up Operating system from the card pool.');
  expect(announce.over('Operating system', 'shared')).toBe('Operating system is over the Shared zone.');
  expect(announce.over('Operating system', null)).toBe('Operating system is not over a zone.');
  expect(announce.moved('Physical server', 'aws')).toBe('Physical server moved to the AWS manages zone.');
});

it('announcements: say where the card ends up on drop and on cancel', () => {
  expect(announce.dropped('Operating system', 'pool', 'you')).toBe('Operating system dropped in the You manage zone.');
  expect(announce.dropped('Operating system', 'you', 'you')).toBe('Operating system dropped back in the You manage zone.');
  expect(announce.dropped('Operating system', 'you', null)).toBe('Operating system was not dropped on a zone, so it stays in the You manage zone.');
  expect(announce.cancelled('Operating system', 'pool')).toBe('Moving cancelled. Operating system stays in the card pool.');
});

it('announcements: names each round’s own zones in its instructions', () => {
  expect(roundInstructions(['you', 'aws'])).toBe('Put each card in “You manage” or “AWS manages”, by who manages it.');
  expect(roundInstructions(['you', 'shared', 'aws'])).toBe('Put each card in “You manage”, “Shared” or “AWS manages”, by who manages it.');
});
