/**
 * Building a self-quiz session and summing it up: pure, so the order (due first, then new) is tested, not hoped for.
 * Browser-safe: no ts-fsrs here (due counts come from the stored cards).
 */
import { dueToday, learningDay, type ReviewItem } from './days';

export const SESSION_SIZES = [5, 10, 20] as const;
export type SessionSize = (typeof SESSION_SIZES)[number];

export type SessionQuestion = { id: string; lesson: string };

export type SessionRequest = {
  questions: SessionQuestion[];
  /** Stored review items, keyed by queue id (`q:<question>`, `round:<round>`). */
  items: [string, ReviewItem][];
  /** Lesson slugs to draw from; empty means every lesson. */
  lessons: string[];
  size: number;
  now: Date;
  timeZone: string;
};

const questionId = (itemId: string) => (itemId.startsWith('q:') ? itemId.slice(2) : undefined);

/** Question ids for a session: due questions first (most overdue first), then never-answered ones in course order. */
export function buildSession({ questions, items, lessons, size, now, timeZone }: SessionRequest): string[] {
  const inScope = questions.filter((question) => lessons.length === 0 || lessons.includes(question.lesson));
  const known = new Set(inScope.map((question) => question.id));
  const byId = new Map(items);
  const due = dueToday(items, now, timeZone)
    .map(questionId)
    .filter((id): id is string => id !== undefined && known.has(id))
    .sort((a, b) => Date.parse(byId.get(`q:${a}`)!.card.due) - Date.parse(byId.get(`q:${b}`)!.card.due));
  const fresh = inScope.filter((question) => !byId.has(`q:${question.id}`)).map((question) => question.id);
  return [...due, ...fresh].slice(0, size);
}

/** What "Review now (N due)" counts: due questions and due matrix rounds, today. */
export function dueSummary(items: [string, ReviewItem][], questionIds: ReadonlySet<string>, now: Date, timeZone: string): { questions: string[]; rounds: string[] } {
  const due = dueToday(items, now, timeZone);
  return {
    questions: due.map(questionId).filter((id): id is string => id !== undefined && questionIds.has(id)),
    rounds: due.filter((id) => id.startsWith('round:')).map((id) => id.slice('round:'.length)),
  };
}

export type SessionAnswer = { id: string; correct: boolean };

export function sessionSummary(answers: SessionAnswer[]): { right: number; total: number; missed: string[] } {
  return { right: answers.filter((answer) => answer.correct).length, total: answers.length, missed: answers.filter((answer) => !answer.correct).map((answer) => answer.id) };
}

/** When the next question falls due after today (for the summary): the earliest future learning day, if any. */
export function nextDueDay(items: [string, ReviewItem][], now: Date, timeZone: string): string | undefined {
  const today = learningDay(now, timeZone);
  const days = items.map(([, item]) => learningDay(new Date(item.card.due), timeZone)).filter((day) => day > today);
  return days.sort()[0];
}
