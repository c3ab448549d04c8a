import { expect, it } from 'vitest';
import { currentSection } from './toc';

it('currentSection: is the last heading above the reading line', () => {
  expect(currentSection([-900, -200, 40, 700], 120)).toBe(2);
  expect(currentSection([-900, -200, 400, 700], 120)).toBe(1);
});
it('currentSection: is none before the first heading and the last one at the end of the page', () => {
  expect(currentSection([300, 900], 120)).toBe(-1);
  expect(currentSection([-3000, -2000], 120)).toBe(1);
  expect(currentSection([], 120)).toBe(-1);
});
