import { describe, expect, it } from 'vitest';
import { MAX_PRACTISE, practiseHref, readPractise } from './practise';

const known = new Set(['lt-spot-warning', 'co-what-is-ecs', 'fs-platform-version']);

describe('"practise these" links', () => {
  it('round-trips the ids, in order', () => {
    const href = practiseHref(['co-what-is-ecs', 'lt-spot-warning']);
    expect(href).toBe('/quiz?practise=co-what-is-ecs,lt-spot-warning');
    expect(readPractise(new URL(href, 'https://x').search, known)).toEqual({ ids: ['co-what-is-ecs', 'lt-spot-warning'], unknown: 0, cut: 0 });
  });

  it('keeps known questions only, each once, and counts what it left out', () => {
    expect(readPractise('?practise=lt-spot-warning,,nope,lt-spot-warning,<script>,co-what-is-ecs', known)).toEqual({
      ids: ['lt-spot-warning', 'co-what-is-ecs'],
      unknown: 2,
      cut: 0,
    });
    expect(readPractise('?practise=', known)).toEqual({ ids: [], unknown: 0, cut: 0 });
  });

  it('asks for nothing when the URL has no practise parameter', () => {
    expect(readPractise('', known)).toBeUndefined();
    expect(readPractise('?other=1', known)).toBeUndefined();
  });

  it('cuts a list past the cap and says so', () => {
    const many = Array.from({ length: MAX_PRACTISE + 3 }, (_, index) => `q${index}`);
    const result = readPractise(`?practise=${many.join(',')}`, new Set(many))!;
    expect(result.ids).toHaveLength(MAX_PRACTISE);
    expect(result.cut).toBe(3);
    expect(practiseHref(many).split(',')).toHaveLength(MAX_PRACTISE);
  });
});
