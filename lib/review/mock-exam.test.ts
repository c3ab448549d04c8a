import { describe, expect, it } from 'vitest';
import { seededRandom } from '../quiz/shuffle';
import {
  answerExam,
  clockText,
  drawMockExam,
  dueWarning,
  durationWords,
  emptyMockExams,
  finishExam,
  isMockExamSlice,
  isTimeUp,
  MAX_PAST_EXAMS,
  moveTo,
  scoreExam,
  startExam,
  timeLeft,
  weakestLesson,
  type ExamQuestion,
} from './mock-exam';

const t0 = new Date('2026-12-06T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

const tf = (id: string, lesson: string, answer = true): ExamQuestion =>
  ({ id, lesson, kind: 'true-false', prompt: id, explanation: 'x', section: 's', answer, why: 'w', wrongFeedback: 'f' }) as ExamQuestion;
const bank: ExamQuestion[] = [
  ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => tf(id, 'a')),
  ...['b1', 'b2'].map((id) => tf(id, 'b')),
  ...['c1', 'c2', 'c3'].map((id) => tf(id, 'c')),
];
const byId = new Map(bank.map((question) => [question.id, question]));

describe('drawing a mock exam', () => {
  it('draws evenly across lessons, then mixes them', () => {
    const ids = drawMockExam(bank, [], 6, seededRandom('x'));
    expect(ids).toHaveLength(6);
    const lessons = ids.map((id) => byId.get(id)!.lesson);
    expect(lessons.filter((lesson) => lesson === 'a')).toHaveLength(2);
    expect(lessons.filter((lesson) => lesson === 'b')).toHaveLength(2);
    expect(lessons.filter((lesson) => lesson === 'c')).toHaveLength(2);
    expect(new Set(ids).size).toBe(6);
    // Mixed: not every lesson's questions in one block.
    expect(lessons.join('')).not.toMatch(/^(aa|bb|cc)(aa|bb|cc)(aa|bb|cc)$/);
  });

  it('fills from the lessons that still have questions when a small one runs out, and never repeats', () => {
    const ids = drawMockExam(bank, [], 9, seededRandom('y'));
    const lessons = ids.map((id) => byId.get(id)!.lesson);
    expect(lessons.filter((lesson) => lesson === 'b')).toHaveLength(2);
    expect(new Set(ids).size).toBe(9);
  });

  it('keeps to the chosen lessons and stops at what they hold', () => {
    const ids = drawMockExam(bank, ['b', 'c'], 20, seededRandom('z'));
    expect(ids.sort()).toEqual(['b1', 'b2', 'c1', 'c2', 'c3']);
  });
});

describe('the clock', () => {
  it('sets the deadline from the size and the chosen limit; "no time limit" has none', () => {
    expect(startExam(['a1', 'b1'], 'standard', t0).endsAt).toBe(later(180_000).toISOString());
    expect(startExam(['a1', 'b1'], 'longer', t0).endsAt).toBe(later(360_000).toISOString());
    const open = startExam(['a1', 'b1'], 'none', t0);
    expect(open.endsAt).toBeUndefined();
    expect(timeLeft(open, later(10 ** 9))).toBeNull();
    expect(isTimeUp(open, later(10 ** 9))).toBe(false);
  });

  it('counts down from a date, so a reload or a day away gives the real time left', () => {
    const exam = startExam(['a1', 'b1'], 'standard', t0);
    expect(timeLeft(exam, later(60_500))).toBe(119_500);
    expect(isTimeUp(exam, later(179_999))).toBe(false);
    expect(isTimeUp(exam, later(180_000))).toBe(true);
    expect(timeLeft(exam, later(86_400_000))).toBe(0);
  });

  it('shows the clock as m:ss and says it in words', () => {
    expect(clockText(725_000)).toBe('12:05');
    expect(clockText(4_500_000)).toBe('75:00');
    expect(clockText(400)).toBe('0:01');
    expect(durationWords(725_000)).toBe('12 minutes 5 seconds');
    expect(durationWords(60_000)).toBe('1 minute');
    expect(durationWords(0)).toBe('0 seconds');
  });

  it('announces 5 minutes and 1 minute left once each, and skips a warning the clock jumped past', () => {
    expect(dueWarning(6 * 60_000, [])).toBeUndefined();
    expect(dueWarning(5 * 60_000, [])).toBe(300_000);
    expect(dueWarning(4 * 60_000, [300_000])).toBeUndefined();
    expect(dueWarning(59_000, [300_000])).toBe(60_000);
    // Back after a while with 30 seconds left: only the 1-minute warning, not both.
    expect(dueWarning(30_000, [])).toBe(60_000);
    expect(dueWarning(0, [])).toBeUndefined();
    expect(dueWarning(null, [])).toBeUndefined();
  });
});

describe('scoring', () => {
  const exam = ['a1', 'b1', 'a2', 'c1'].reduce(
    (running, id, index) => (index < 3 ? answerExam(running, id, { kind: 'true-false', value: id !== 'a2' }) : running),
    startExam(['a1', 'b1', 'a2', 'c1'], 'standard', t0),
  );

  it('answers only the exam’s questions, and the last answer to a question is the one scored', () => {
    expect(answerExam(exam, 'zz', { kind: 'true-false', value: true })).toBe(exam);
    const changed = answerExam(exam, 'a2', { kind: 'true-false', value: true });
    expect(scoreExam(changed, byId, ['a', 'b', 'c'], 'finished', later(1000)).score).toBe(3);
    expect(moveTo(exam, 9).at).toBe(3);
    expect(moveTo(exam, -1).at).toBe(0);
  });

  it('reports the score by lesson in course order; unanswered questions count as wrong', () => {
    const report = scoreExam(exam, byId, ['c', 'b', 'a'], 'finished', later(90_000));
    expect(report).toMatchObject({
      score: 2,
      max: 4,
      passed: false,
      unanswered: 1,
      reason: 'finished',
      missed: ['a2', 'c1'],
      endedAt: later(90_000).toISOString(),
    });
    expect(report.byLesson).toEqual([
      { lesson: 'c', right: 0, asked: 1 },
      { lesson: 'b', right: 1, asked: 1 },
      { lesson: 'a', right: 1, asked: 2 },
    ]);
    expect(weakestLesson(report)).toEqual({ lesson: 'c', right: 0, asked: 1 });
  });

  it('passes at the course pass mark (80%)', () => {
    const all = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const four = all.slice(0, 4).reduce((running, id) => answerExam(running, id, { kind: 'true-false', value: true }), startExam(all, 'none', t0));
    expect(scoreExam(four, byId, ['a'], 'finished', t0)).toMatchObject({ score: 4, max: 5, passed: true });
  });

  it('a time-up exam ends at its deadline, even when the learner comes back a day later', () => {
    const report = scoreExam(exam, byId, ['a', 'b', 'c'], 'time-up', later(86_400_000));
    expect(report.endedAt).toBe(exam.endsAt);
    expect(report.reason).toBe('time-up');
  });

  it('skips a question no longer in the course instead of failing', () => {
    const gone = { ...exam, ids: [...exam.ids, 'removed'] };
    expect(scoreExam(gone, byId, ['a', 'b', 'c'], 'finished', t0).max).toBe(4);
  });
});

describe('the stored slice', () => {
  it('keeps finished reports, newest last, up to the cap, and ends the running exam', () => {
    let slice = { ...emptyMockExams(), current: startExam(['a1'], 'standard', t0) };
    expect(isMockExamSlice(slice)).toBe(true);
    const report = scoreExam(slice.current!, byId, ['a'], 'finished', t0);
    for (let index = 0; index < MAX_PAST_EXAMS + 2; index += 1) slice = { ...finishExam(slice, { ...report, score: index }), current: slice.current };
    const ended = finishExam(slice, report);
    expect(ended.current).toBeUndefined();
    expect(ended.past).toHaveLength(MAX_PAST_EXAMS);
    expect(ended.past.at(-2)!.score).toBe(MAX_PAST_EXAMS + 1);
    expect(isMockExamSlice(ended)).toBe(true);
  });

  it('refuses a slice in a shape it does not know (read as no exam)', () => {
    expect(isMockExamSlice({ past: [], current: { startedAt: 'soon', ids: [], answers: {}, at: 0 } })).toBe(false);
    expect(isMockExamSlice({ past: 'none' })).toBe(false);
    expect(isMockExamSlice(undefined)).toBe(false);
  });
});
