import { describe, expect, it } from 'vitest';
import { emptyState } from '../learner-store';
import { openingPhase, quizFirstProgress, readQuizFirst, setQuizFirst, QUIZ_FIRST_KEY } from './quiz-first';

describe('the quiz-me-first flag', () => {
  it('is off until set, and is one flag in the store', () => {
    expect(readQuizFirst(emptyState())).toBe(false);
    const on = setQuizFirst(emptyState(), true);
    expect(on.widgets[QUIZ_FIRST_KEY]).toBe(true);
    expect(readQuizFirst(on)).toBe(true);
    expect(QUIZ_FIRST_KEY in setQuizFirst(on, false).widgets).toBe(false);
  });

  it('treats anything but true as off', () => {
    expect(readQuizFirst({ ...emptyState(), widgets: { [QUIZ_FIRST_KEY]: 'yes' } })).toBe(false);
  });
});

describe('openingPhase', () => {
  it('opens on the check-up, unless the address points at a section', () => {
    expect(openingPhase(false, '')).toBeNull();
    expect(openingPhase(true, '')).toBe('quiz');
    expect(openingPhase(true, '#check-yourself')).toBe('quiz');
    expect(openingPhase(true, '#capacity-providers')).toBe('read');
  });
});

describe('quizFirstProgress', () => {
  const questions = [
    { id: 'a', section: 'one' },
    { id: 'b', section: 'two' },
    { id: 'c', section: 'two' },
  ];
  const since = '2026-12-01T10:00:00.000Z';

  it("counts only this visit's answers and lists the sections of the missed ones once", () => {
    const slice = {
      answers: {
        a: { correct: true, at: '2026-12-01T09:00:00.000Z' }, // an earlier visit
        b: { correct: false, at: '2026-12-01T10:01:00.000Z' },
        c: { correct: false, at: '2026-12-01T10:02:00.000Z' },
      },
    };
    expect(quizFirstProgress(slice, questions, since)).toEqual({ answered: 2, total: 3, done: false, missed: ['two'] });
  });

  it('is done when every question has an answer from this visit', () => {
    const slice = { answers: Object.fromEntries(questions.map((q) => [q.id, { correct: q.id !== 'a', at: '2026-12-01T10:05:00.000Z' }])) };
    expect(quizFirstProgress(slice, questions, since)).toEqual({ answered: 3, total: 3, done: true, missed: ['one'] });
  });
});
