import { describe, expect, it } from 'vitest';
import { isReadingSlice, lessonOfPath, MAX_READING_LESSONS, noteReading, readingPlace } from './reading-position';

const t1 = new Date('2026-12-06T10:00:00Z');
const t2 = new Date('2026-12-06T10:05:00Z');

describe('where the learner stopped reading', () => {
  it('notes the section per lesson, and the latest section wins', () => {
    const one = noteReading(undefined, 'launch-types', 'capacity-providers', ' Capacity providers ', t1);
    expect(readingPlace(one, 'launch-types')).toEqual({ section: 'capacity-providers', title: 'Capacity providers', at: t1.toISOString() });
    const two = noteReading(one, 'launch-types', 'fargate-spot', 'Fargate Spot', t2);
    expect(readingPlace(two, 'launch-types')?.section).toBe('fargate-spot');
    expect(readingPlace(two, 'container-options')).toBeUndefined();
    expect(isReadingSlice(two)).toBe(true);
  });

  it('returns the same slice for the same section, so nothing is written for nothing', () => {
    const one = noteReading(undefined, 'a', 'x', 'X', t1);
    expect(noteReading(one, 'a', 'x', 'X', t2)).toBe(one);
  });

  it('ignores a section id that is not a heading anchor, and reads a damaged slice as none', () => {
    expect(noteReading(undefined, 'a', 'Not An Id', 'X', t1)).toEqual({});
    expect(readingPlace({ a: { section: 'x', title: 'X', at: 'yesterday' } }, 'a')).toBeUndefined();
    expect(readingPlace('x', 'a')).toBeUndefined();
    expect(readingPlace({ a: { section: 'x', title: 'X'.repeat(201), at: t1.toISOString() } }, 'a')).toBeUndefined();
  });

  it('keeps at most the cap of lessons, dropping the one read longest ago', () => {
    let slice = {};
    for (let index = 0; index <= MAX_READING_LESSONS; index += 1) slice = noteReading(slice, `l${index}`, 's', 'S', new Date(t1.getTime() + index * 1000));
    expect(Object.keys(slice)).toHaveLength(MAX_READING_LESSONS);
    expect(readingPlace(slice, 'l0')).toBeUndefined();
    expect(readingPlace(slice, `l${MAX_READING_LESSONS}`)).toBeDefined();
  });

  it('finds the lesson of a lesson page only', () => {
    expect(lessonOfPath('/lessons/launch-types')).toBe('launch-types');
    expect(lessonOfPath('/lessons/launch-types/')).toBe('launch-types');
    expect(lessonOfPath('/embed/lessons/launch-types')).toBeUndefined();
    expect(lessonOfPath('/quiz')).toBeUndefined();
  });
});
