/**
 * The timed mock exam on /quiz: questions drawn evenly from the chosen lessons and mixed, answered without feedback,
 * with a clock, then scored with a report by lesson. Pure (the clock and the random source are passed in), so every
 * rule is tested. The exam is practice: its answers never enter the review schedule.
 *
 * Kept in the learner record as the widget slice `widgets["mock-exam"]` (checked here, by its reader, like every
 * widget slice), so a reload or a closed tab resumes the exam with the time that is really left: the deadline is a
 * date, not a countdown.
 */
import * as v from 'valibot';
import { givenAnswerSchema, type GivenAnswer } from '../learner/schema';
import { grade } from '../questions/grade';
import type { Question } from '../questions/schema';
import { shuffle, type RandomSource } from '../quiz/shuffle';
import { PASS_MARK } from '../results';

export const MOCK_EXAM_KEY = 'mock-exam';
export const MOCK_EXAM_SIZES = [10, 20, 40] as const;
/** A minute and a half a question: time to read a scenario twice, not to look the answer up. */
export const SECONDS_PER_QUESTION = 90;
/**
 * The time limit is the learner's choice before the exam starts (WCAG 2.2.1 Timing Adjustable: a limit can be
 * turned off or lengthened before it begins).
 */
export const TIME_LIMITS = { standard: 1, longer: 2, none: 0 } as const;
export type TimeLimit = keyof typeof TIME_LIMITS;
/** The clock is announced to screen readers when this much time is left (and at the end), not every second. */
export const TIME_WARNINGS_MS = [5 * 60_000, 60_000] as const;
/** Finished exams kept for the record, newest last. */
export const MAX_PAST_EXAMS = 10;

const isoDate = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value))),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const lessonScoreSchema = v.object({ lesson: v.string(), right: count, asked: count });
export const examReportSchema = v.object({
  startedAt: isoDate,
  endedAt: isoDate,
  reason: v.picklist(['finished', 'time-up']),
  score: count,
  max: count,
  passed: v.boolean(),
  byLesson: v.array(lessonScoreSchema),
  /** Questions answered wrong or left unanswered, in exam order (for "practise these"). */
  missed: v.array(v.string()),
  unanswered: count,
});
export const runningExamSchema = v.object({
  startedAt: isoDate,
  /** Absent: no time limit. */
  endsAt: v.optional(isoDate),
  ids: v.pipe(v.array(v.string()), v.minLength(1)),
  answers: v.record(v.string(), givenAnswerSchema),
  /** The question on screen (0-based), so a resumed exam opens where the learner was. */
  at: count,
});
export const mockExamSliceSchema = v.object({
  current: v.optional(runningExamSchema),
  past: v.pipe(v.array(examReportSchema), v.maxLength(MAX_PAST_EXAMS)),
});

export type RunningExam = v.InferOutput<typeof runningExamSchema>;
export type ExamReport = v.InferOutput<typeof examReportSchema>;
export type MockExamSlice = v.InferOutput<typeof mockExamSliceSchema>;
export type LessonScore = v.InferOutput<typeof lessonScoreSchema>;

export const isMockExamSlice = (value: unknown): value is MockExamSlice => v.is(mockExamSliceSchema, value);
export const emptyMockExams = (): MockExamSlice => ({ past: [] });

export type ExamQuestion = Question & { lesson: string };

/**
 * Draw `size` questions from the chosen lessons (empty = every lesson), as evenly as the lessons allow: one from
 * each lesson in turn (each lesson's own order shuffled), then the whole draw shuffled so lessons are mixed.
 */
export function drawMockExam(
  questions: readonly { id: string; lesson: string }[],
  lessons: readonly string[],
  size: number,
  random: RandomSource = Math.random,
): string[] {
  const inScope = questions.filter((question) => lessons.length === 0 || lessons.includes(question.lesson));
  const byLesson = new Map<string, string[]>();
  for (const question of inScope) byLesson.set(question.lesson, [...(byLesson.get(question.lesson) ?? []), question.id]);
  const queues = [...byLesson.values()].map((ids) => shuffle(ids, random));
  const drawn: string[] = [];
  while (drawn.length < size && queues.some((queue) => queue.length)) {
    for (const queue of queues) {
      const id = queue.shift();
      if (id !== undefined && drawn.length < size) drawn.push(id);
    }
  }
  return shuffle(drawn, random);
}

export function startExam(ids: readonly string[], limit: TimeLimit, now: Date): RunningExam {
  const seconds = ids.length * SECONDS_PER_QUESTION * TIME_LIMITS[limit];
  return {
    startedAt: now.toISOString(),
    ...(seconds ? { endsAt: new Date(now.getTime() + seconds * 1000).toISOString() } : {}),
    ids: [...ids],
    answers: {},
    at: 0,
  };
}

/** The time limit of an exam of `questions` questions, in minutes (for the setup form). */
export const examMinutes = (questions: number, limit: TimeLimit) => (questions * SECONDS_PER_QUESTION * TIME_LIMITS[limit]) / 60;

export function answerExam(exam: RunningExam, id: string, given: GivenAnswer): RunningExam {
  if (!exam.ids.includes(id)) return exam;
  return { ...exam, answers: { ...exam.answers, [id]: given } };
}

export const moveTo = (exam: RunningExam, at: number): RunningExam => ({ ...exam, at: Math.max(0, Math.min(exam.ids.length - 1, at)) });

/** Milliseconds left (never below 0), or null for an exam without a time limit. */
export function timeLeft(exam: RunningExam, now: Date): number | null {
  return exam.endsAt ? Math.max(0, Date.parse(exam.endsAt) - now.getTime()) : null;
}

export const isTimeUp = (exam: RunningExam, now: Date) => timeLeft(exam, now) === 0;

/** "12:05" for the clock on screen (minutes can pass 59: "75:00"). */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "12 minutes 5 seconds" for screen readers and the time used. */
export function durationWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '', rest || !minutes ? `${rest} second${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * The warning due now, if the clock has just crossed one (announced once: `announced` holds those already said).
 * Returns the threshold crossed, so the caller remembers it.
 */
export function dueWarning(left: number | null, announced: readonly number[]): number | undefined {
  if (left === null || left === 0) return undefined;
  return TIME_WARNINGS_MS.find(
    (threshold) => left <= threshold && !announced.includes(threshold) && !TIME_WARNINGS_MS.some((smaller) => smaller < threshold && left <= smaller),
  );
}

/**
 * Score a finished exam: every question once, unanswered ones wrong, the score by lesson in the order lessons are
 * given (course order). A time-up exam ends at its deadline, even when the learner comes back later.
 */
export function scoreExam(
  exam: RunningExam,
  questions: ReadonlyMap<string, ExamQuestion>,
  lessonOrder: readonly string[],
  reason: ExamReport['reason'],
  now: Date,
): ExamReport {
  const byLesson = new Map<string, LessonScore>();
  const missed: string[] = [];
  let score = 0;
  let unanswered = 0;
  let max = 0;
  for (const id of exam.ids) {
    const question = questions.get(id);
    if (!question) continue; // a question removed from the course since the exam started: not counted
    max += 1;
    const given = exam.answers[id];
    const right = given ? grade(question, given).correct : false;
    if (!given) unanswered += 1;
    if (right) score += 1;
    else missed.push(id);
    const entry = byLesson.get(question.lesson) ?? { lesson: question.lesson, right: 0, asked: 0 };
    byLesson.set(question.lesson, { ...entry, right: entry.right + (right ? 1 : 0), asked: entry.asked + 1 });
  }
  const order = (lesson: string) => (lessonOrder.includes(lesson) ? lessonOrder.indexOf(lesson) : lessonOrder.length);
  const endedAt = reason === 'time-up' && exam.endsAt && Date.parse(exam.endsAt) < now.getTime() ? exam.endsAt : now.toISOString();
  return {
    startedAt: exam.startedAt,
    endedAt,
    reason,
    score,
    max,
    passed: max > 0 && score / max >= PASS_MARK,
    byLesson: [...byLesson.values()].sort((a, b) => order(a.lesson) - order(b.lesson)),
    missed,
    unanswered,
  };
}

/** End the running exam: its report joins the past ones (newest last, the oldest dropped past the cap). */
export function finishExam(slice: MockExamSlice, report: ExamReport): MockExamSlice {
  return { past: [...slice.past, report].slice(-MAX_PAST_EXAMS) };
}

/** The lesson most in need of work in a report: the lowest share right (ties: the earlier lesson). */
export function weakestLesson(report: ExamReport): LessonScore | undefined {
  return [...report.byLesson].filter((entry) => entry.right < entry.asked).sort((a, b) => a.right / a.asked - b.right / b.asked)[0];
}
