import { describe, expect, it } from 'vitest';
import { chooserContent } from '@/content/chooser';
import type { QuestionShape } from './answers';
import { decodeAnswers, encodeAnswers, NONE, searchWithAnswers } from './url';

const questions: QuestionShape[] = [
  { id: 'workload', kind: 'single', options: [{ id: 'event' }, { id: 'web' }] },
  { id: 'gpu', kind: 'single', options: [{ id: 'no' }, { id: 'yes' }] },
  { id: 'access', kind: 'multi', options: [{ id: 'privileged' }, { id: 'host-network' }, { id: 'host-agent' }] },
];

describe('decodeAnswers', () => {
  it('reads single answers and repeated checkbox keys, as a GET form sends them', () => {
    const decoded = decodeAnswers('?workload=web&access=host-agent&access=privileged&gpu=no', questions);
    expect(decoded.answers).toEqual({ workload: 'web', access: ['privileged', 'host-agent'], gpu: 'no' });
    expect(decoded.invalid).toEqual([]);
    expect(decoded.unknownKeys).toEqual([]);
  });

  it('accepts comma-separated checkbox values in hand-written links', () => {
    expect(decodeAnswers('access=host-network,privileged', questions).answers).toEqual({ access: ['privileged', 'host-network'] });
  });

  it('reads "none" as a checkbox question answered with nothing ticked, and absence as unanswered', () => {
    expect(decodeAnswers(`access=${NONE}`, questions).answers).toEqual({ access: [] });
    expect(decodeAnswers('workload=web', questions).answers).toEqual({ workload: 'web' });
    // The no-JS form always sends "none" next to the ticked boxes: the ticks win.
    expect(decodeAnswers(`access=${NONE}&access=privileged`, questions).answers).toEqual({ access: ['privileged'] });
  });

  it('ignores unknown keys and values, applies the rest and reports what it ignored', () => {
    const decoded = decodeAnswers('workload=banana&gpu=yes&colour=blue&access=root&access=privileged&utm_source=mail', questions);
    expect(decoded.answers).toEqual({ gpu: 'yes', access: ['privileged'] });
    expect(decoded.invalid).toEqual([
      { key: 'workload', value: 'banana' },
      { key: 'access', value: 'root' },
    ]);
    expect(decoded.unknownKeys).toEqual(['colour', 'utm_source']);
  });

  it('keeps the first valid value when a single-choice key is repeated', () => {
    const decoded = decodeAnswers('gpu=maybe&gpu=yes&gpu=no', questions);
    expect(decoded.answers).toEqual({ gpu: 'yes' });
    expect(decoded.invalid).toEqual([
      { key: 'gpu', value: 'maybe' },
      { key: 'gpu', value: 'no' },
    ]);
  });

  it('never throws on garbage and never lets it reach the answers', () => {
    const garbage = [
      '%',
      '%%%',
      '&&&',
      '=',
      '==x',
      'a=b=c',
      '?',
      '??workload=web',
      '__proto__=x',
      'constructor=1&toString=2',
      'workload=%E0%A4%A',
      'workload',
      `workload=${'x'.repeat(5000)}`,
      'access=,,,',
    ];
    for (const query of garbage) {
      const decoded = decodeAnswers(query, questions);
      expect(Object.keys(decoded.answers).every((key) => questions.some((question) => question.id === key))).toBe(true);
      expect(Object.getPrototypeOf(decoded.answers)).toBe(Object.prototype);
    }
    expect(decodeAnswers(`workload=${'x'.repeat(5000)}`, questions).invalid[0].value.length).toBeLessThanOrEqual(41);
  });

  it('accepts a URLSearchParams as well as a string', () => {
    expect(decodeAnswers(new URLSearchParams('gpu=yes'), questions).answers).toEqual({ gpu: 'yes' });
  });
});

describe('encodeAnswers', () => {
  it('writes answers in question order, checkboxes as repeated keys, nothing ticked as "none"', () => {
    expect(encodeAnswers({ access: ['host-agent', 'privileged'], workload: 'web', gpu: 'no' }, questions)).toBe(
      'workload=web&gpu=no&access=privileged&access=host-agent',
    );
    expect(encodeAnswers({ access: [] }, questions)).toBe('access=none');
    expect(encodeAnswers({}, questions)).toBe('');
  });

  it('drops values that are not options', () => {
    expect(encodeAnswers({ workload: 'banana', access: ['root'] }, questions)).toBe('access=none');
  });

  it('round-trips every answer of the real data', () => {
    for (const question of chooserContent.questions) {
      for (const option of question.options) {
        const given = { [question.id]: question.kind === 'single' ? option.id : [option.id] };
        expect(decodeAnswers(encodeAnswers(given, chooserContent.questions), chooserContent.questions).answers).toEqual(given);
      }
    }
  });
});

describe('searchWithAnswers', () => {
  it('replaces our keys, keeps parameters that are not ours, and drops invalid values', () => {
    expect(searchWithAnswers('?utm_source=mail&workload=banana&gpu=yes', { workload: 'web' }, questions)).toBe('?workload=web&utm_source=mail');
  });

  it('returns an empty string when nothing is left', () => {
    expect(searchWithAnswers('?workload=web', {}, questions)).toBe('');
    expect(searchWithAnswers('', {}, questions)).toBe('');
  });
});
