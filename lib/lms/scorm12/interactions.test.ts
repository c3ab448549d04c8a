import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import type { Interaction } from '../interactions';
import { interactionValues } from './interactions';

const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API;

const choice: Interaction = {
  id: 'check-up.launch-types.fargate-patching',
  type: 'choice',
  description: 'Who patches the host?',
  choices: [
    { id: 'a', text: 'You' },
    { id: 'b', text: 'AWS' },
  ],
  response: ['a'],
  correct: ['b'],
  result: 'wrong',
  latencyMs: 12_340,
  at: '2026-12-06T09:01:02.000Z',
};

describe('cmi.interactions', () => {
  it('writes each field in SCORM 1.2 form', () => {
    expect(interactionValues(3, choice)).toEqual([
      ['cmi.interactions.3.id', 'check-up.launch-types.fargate-patching'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.time', '09:01:02'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'b'],
      ['cmi.interactions.3.student_response', 'a'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.latency', '0000:00:12.34'],
    ]);
    const tf = interactionValues(0, { ...choice, type: 'true-false', choices: [], response: ['true'], correct: ['false'] });
    expect(tf).toContainEqual(['cmi.interactions.0.student_response', 't']);
    expect(tf).toContainEqual(['cmi.interactions.0.correct_responses.0.pattern', 'f']);
  });

  it('scorm-again accepts every value (choice, true-false, sequencing, unanswered)', () => {
    const api = new Scorm12API({ logLevel: 5 });
    expect(api.LMSInitialize('')).toBe('true');
    const all: Interaction[] = [
      choice,
      { ...choice, id: 'q.tf', type: 'true-false', choices: [], response: ['false'], correct: ['false'], result: 'correct' },
      { ...choice, id: 'q.order', type: 'sequencing', response: ['b', 'a', 'c'], correct: ['a', 'b', 'c'] },
      { ...choice, id: 'quiz.ec2.os', response: [], correct: ['y'] },
    ];
    all.forEach((interaction, index) => {
      for (const [element, value] of interactionValues(index, interaction)) {
        expect(api.LMSSetValue(element, value), `${element}=${value} (error ${api.LMSGetLastError()})`).toBe('true');
      }
    });
    expect(api.LMSGetValue('cmi.interactions._count')).toBe('4');
  });
});
