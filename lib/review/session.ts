/**
 * Building a self-quiz session and summing it up: pure, so the order (due first, then new) is tested, not hoped for.
 * Browser-safe: no ts-fsrs here (due counts come from the stored cards).
 */
import { addDays, dueToday, learningDay, scheduled, type ReviewItem } from './days';

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
  /** Questions the learner flagged as disputed (lib/learner/disputes.ts disputedIds), for the `flagged` source. */
  flagged?: readonly string[];
};

const questionId = (itemId: string) => (itemId.startsWith('q:') ? itemId.slice(2) : undefined);

/**
 * What a session draws on, in this order: `due` (due today, most overdue first), `missed` (latest answer wrong, not
 * due yet), `flagged` (disputed by the learner, to look at again), `new` (never answered), `ahead` (everything else
 * in the chosen lessons: studying before an exam).
 */
export const SESSION_SOURCES = ['due', 'missed', 'flagged', 'new', 'ahead'] as const;
export type SessionSource = (typeof SESSION_SOURCES)[number];

export type SessionPlan = { ids: string[]; from: Record<SessionSource, number>; sourceOf: Record<string, SessionSource> };

/** The questions of a session and how many come from each source (so the page can say exactly what it contains). */
export function planSession({
  questions,
  items,
  lessons,
  size,
  now,
  timeZone,
  flagged = [],
  sources = ['due', 'new'],
}: SessionRequest & { sources?: readonly SessionSource[] }): SessionPlan {
  const inScope = questions.filter((question) => lessons.length === 0 || lessons.includes(question.lesson));
  const known = new Set(inScope.map((question) => question.id));
  const byId = new Map(items);
  const due = dueToday(items, now, timeZone)
    .map(questionId)
    .filter((id): id is string => id !== undefined && known.has(id))
    .sort((a, b) => Date.parse(byId.get(`q:${a}`)!.card.due) - Date.parse(byId.get(`q:${b}`)!.card.due));
  const dueSet = new Set(due);
  const pools: Record<SessionSource, string[]> = {
    due,
    missed: inScope
      .filter((question) => !dueSet.has(question.id) && byId.get(`q:${question.id}`)?.log.at(-1)?.correct === false)
      .map((question) => question.id),
    flagged: inScope.filter((question) => flagged.includes(question.id)).map((question) => question.id),
    new: inScope.filter((question) => !byId.has(`q:${question.id}`)).map((question) => question.id),
    ahead: inScope.map((question) => question.id),
  };
  const ids: string[] = [];
  const from: Record<SessionSource, number> = { due: 0, missed: 0, flagged: 0, new: 0, ahead: 0 };
  const sourceOf: Record<string, SessionSource> = {};
  for (const source of SESSION_SOURCES) {
    if (!sources.includes(source)) continue;
    for (const id of pools[source]) {
      if (ids.length >= size) break;
      if (ids.includes(id)) continue;
      ids.push(id);
      from[source] += 1;
      sourceOf[id] = source;
    }
  }
  return { ids, from, sourceOf };
}

/** Question ids for a session: due questions first (most overdue first), then never-answered ones in course order. */
export function buildSession(request: SessionRequest): string[] {
  return planSession(request).ids;
}

/** What a plan holds, in words: "3 due, 2 new". */
export function describePlan(from: Record<SessionSource, number>): string {
  const words: Record<SessionSource, string> = { due: 'due', missed: 'missed last time', flagged: 'flagged', new: 'new', ahead: 'not due yet' };
  return (
    SESSION_SOURCES.filter((source) => from[source] > 0)
      .map((source) => `${from[source]} ${words[source]}`)
      .join(', ') || 'no questions'
  );
}

/**
 * Whether an answer in a session counts in the review schedule: due and never-seen questions always do (that is
 * the schedule); a question studied ahead, redone or flagged only when the learner chose to count them.
 */
export function answerCounts(source: SessionSource, countExtra: boolean): boolean {
  return source === 'due' || source === 'new' || countExtra;
}

/** What "Review now (N due)" counts: due questions and due matrix rounds, today. */
export function dueSummary(
  items: [string, ReviewItem][],
  questionIds: ReadonlySet<string>,
  now: Date,
  timeZone: string,
): { questions: string[]; rounds: string[] } {
  const due = dueToday(items, now, timeZone);
  return {
    questions: due.map(questionId).filter((id): id is string => id !== undefined && questionIds.has(id)),
    rounds: due.filter((id) => id.startsWith('round:')).map((id) => id.slice('round:'.length)),
  };
}

export type SessionAnswer = { id: string; correct: boolean };

export function sessionSummary(answers: SessionAnswer[]): { right: number; total: number; missed: string[] } {
  return {
    right: answers.filter((answer) => answer.correct).length,
    total: answers.length,
    missed: answers.filter((answer) => !answer.correct).map((answer) => answer.id),
  };
}

/** When the next question falls due after today (for the summary): the earliest future learning day, if any. */
export function nextDueDay(items: [string, ReviewItem][], now: Date, timeZone: string): string | undefined {
  const today = learningDay(now, timeZone);
  const days = scheduled(items)
    .map(([, item]) => learningDay(new Date(item.card.due), timeZone))
    .filter((day) => day > today);
  return days.sort()[0];
}

/** Items grouped by the learning day they are due (today includes overdue), soonest first. */
export function dueByDay(items: [string, ReviewItem][], now: Date, timeZone: string): { day: string; count: number }[] {
  const today = learningDay(now, timeZone);
  const counts = new Map<string, number>();
  for (const [, item] of scheduled(items)) {
    const day = learningDay(new Date(item.card.due), timeZone);
    const key = day < today ? today : day;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count }));
}

const dayName = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "2 come back tomorrow (Wednesday 2 December), 1 on Monday 14 December": true to the learning day. */
export function describeDueDays(groups: { day: string; count: number }[], now: Date, timeZone: string): string {
  const today = learningDay(now, timeZone);
  const tomorrow = addDays(today, 1);
  return groups
    .map(({ day, count }, index) => {
      const verb = index === 0 ? (count === 1 ? ' comes back' : ' come back') : '';
      const when = day <= today ? 'today' : day === tomorrow ? `tomorrow (${dayName(day)})` : `on ${dayName(day)}`;
      return `${count}${verb} ${when}`;
    })
    .join(', ');
}
