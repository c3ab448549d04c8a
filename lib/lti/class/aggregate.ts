/**
 * Class results for an instructor (issue 26), as pure functions over what the two class queries return
 * (lib/lti/class/queries.ts): per learner and graded item, where they stand (not started, in progress, finished),
 * their best score, attempts and last activity; the score distribution; who looks stuck; and the most-missed
 * questions with the wrong answers chosen most often (the misconception the class holds).
 */
import type { BankQuestion } from '../../questions/schema';

/** A graded item of the course (a lesson's check-up today; a quiz round later), named as the attempts table names it. */
export type ItemRef = { kind: string; id: string };
export const itemKey = (item: ItemRef) => `${item.kind}:${item.id}`;

/** A learner of the course as the LMS lists them (Names and Role Provisioning, active learners only). */
export type MemberRow = { userSub: string; name: string | null };

/** One learner's activity on one item: attempts (finished), and when they opened it (launches). */
export type ActivityRow = {
  userSub: string;
  itemKind: string;
  itemId: string;
  /** The name the LMS sent on the learner's launch, when it sent one. */
  name: string | null;
  attempts: number;
  /** Best attempt, as a percentage (0 to 100); null without an attempt. */
  bestPercent: number | null;
  firstOpenedAt: Date | null;
  lastOpenedAt: Date | null;
  lastFinishedAt: Date | null;
};

/** How many answers gave one exact choice to one question (the answer query groups them in the database). */
export type AnswerPatternRow = { itemKind: string; itemId: string; questionId: string; correct: boolean; chosen: string[]; answers: number };

export type LearnerStatus = 'not-started' | 'in-progress' | 'finished';
export const STATUS_LABEL: Record<LearnerStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', finished: 'Finished' };

/** When a learner looks stuck. */
export type StuckRules = {
  /** Repeated attempts (at least this many) ... */
  minAttempts: number;
  /** ... whose best is still below this percentage. */
  lowPercent: number;
  /** Opened this many days ago or more, and never finished. */
  staleDays: number;
};
export const DEFAULT_STUCK_RULES: StuckRules = { minAttempts: 2, lowPercent: 60, staleDays: 7 };

export type StuckReason = { kind: 'low-scores'; attempts: number; bestPercent: number } | { kind: 'not-finished'; days: number };

export type LearnerProgress = {
  userSub: string;
  name: string;
  status: LearnerStatus;
  attempts: number;
  bestPercent: number | null;
  lastActivity: Date | null;
  stuck: StuckReason | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A learner without a name from the LMS (its privacy settings may withhold names): a short, stable label. */
export const unnamedLearner = (userSub: string) => `Learner ${userSub.slice(0, 8)}`;

const latest = (...dates: (Date | null)[]) => dates.reduce<Date | null>((best, date) => (date && (!best || date > best) ? date : best), null);

export function stuckReason(
  row: Pick<LearnerProgress, 'status' | 'attempts' | 'bestPercent'>,
  firstOpenedAt: Date | null,
  now: Date,
  rules = DEFAULT_STUCK_RULES,
): StuckReason | null {
  if (row.attempts >= rules.minAttempts && row.bestPercent !== null && row.bestPercent < rules.lowPercent) {
    return { kind: 'low-scores', attempts: row.attempts, bestPercent: row.bestPercent };
  }
  if (row.status === 'in-progress' && firstOpenedAt) {
    const days = Math.floor((now.getTime() - firstOpenedAt.getTime()) / DAY_MS);
    if (days >= rules.staleDays) return { kind: 'not-finished', days };
  }
  return null;
}

/**
 * Every learner of the course against one item: the course's members (a member with no activity has not started)
 * and anyone else with activity on it (a learner the LMS no longer lists keeps their results). Sorted by name.
 */
export function learnerProgress(
  item: ItemRef,
  members: readonly MemberRow[],
  activity: readonly ActivityRow[],
  now: Date,
  rules = DEFAULT_STUCK_RULES,
): LearnerProgress[] {
  const own = new Map(activity.filter((row) => row.itemKind === item.kind && row.itemId === item.id).map((row) => [row.userSub, row]));
  const names = new Map<string, string>();
  for (const row of activity) if (row.name) names.set(row.userSub, row.name);
  for (const member of members) if (member.name) names.set(member.userSub, member.name);
  const subs = new Set([...members.map((member) => member.userSub), ...own.keys()]);
  return [...subs]
    .map((userSub) => {
      const row = own.get(userSub);
      const attempts = row?.attempts ?? 0;
      const status: LearnerStatus = attempts > 0 ? 'finished' : row?.firstOpenedAt ? 'in-progress' : 'not-started';
      const bestPercent = row?.bestPercent ?? null;
      return {
        userSub,
        name: names.get(userSub) ?? unnamedLearner(userSub),
        status,
        attempts,
        bestPercent,
        lastActivity: row ? latest(row.lastOpenedAt, row.lastFinishedAt) : null,
        stuck: stuckReason({ status, attempts, bestPercent }, row?.firstOpenedAt ?? null, now, rules),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.userSub.localeCompare(b.userSub));
}

export type StatusCounts = Record<LearnerStatus, number> & { stuck: number };

export function statusCounts(progress: readonly LearnerProgress[]): StatusCounts {
  const counts: StatusCounts = { 'not-started': 0, 'in-progress': 0, finished: 0, stuck: 0 };
  for (const learner of progress) {
    counts[learner.status]++;
    if (learner.stuck) counts.stuck++;
  }
  return counts;
}

/** Score bands of learners' best attempts: 0-19 %, 20-39 %, 40-59 %, 60-79 %, 80-100 %. */
export const SCORE_BANDS = [
  { label: '0–19%', from: 0 },
  { label: '20–39%', from: 20 },
  { label: '40–59%', from: 40 },
  { label: '60–79%', from: 60 },
  { label: '80–100%', from: 80 },
] as const;

export type ScoreDistribution = { bands: { label: string; learners: number }[]; finished: number; median: number | null; mean: number | null };

/** Learners' best scores on an item, by band (only learners who finished an attempt count). */
export function scoreDistribution(progress: readonly LearnerProgress[]): ScoreDistribution {
  const scores = progress.flatMap((learner) => (learner.bestPercent === null ? [] : [learner.bestPercent])).sort((a, b) => a - b);
  const bands = SCORE_BANDS.map((band) => ({ label: band.label, learners: 0 }));
  for (const score of scores) bands[Math.min(SCORE_BANDS.length - 1, Math.max(0, Math.floor(score / 20)))].learners++;
  const middle = scores.length >> 1;
  const median = scores.length === 0 ? null : scores.length % 2 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2;
  const mean = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { bands, finished: scores.length, median, mean };
}

/** Stuck learners first by how stuck (lowest best score, then longest waiting), for the "who is stuck" list. */
export function stuckLearners(progress: readonly LearnerProgress[]): (LearnerProgress & { stuck: StuckReason })[] {
  const stuck = progress.filter((learner): learner is LearnerProgress & { stuck: StuckReason } => learner.stuck !== null);
  const weight = (reason: StuckReason) => (reason.kind === 'low-scores' ? reason.bestPercent : 100 + 1 / (1 + reason.days));
  return stuck.sort((a, b) => weight(a.stuck) - weight(b.stuck) || a.name.localeCompare(b.name, 'en'));
}

/** One wrong answer as the class gave it: an option (or value, or order) and how often. */
export type WrongChoice = {
  /** An option id, "true"/"false", "missing:<option id>" (a right option left out), "order:<ids>" or "no-answer". */
  key: string;
  label: string;
  /** The course's feedback for this wrong choice: the misconception behind it, when the question has one. */
  feedback: string | null;
  count: number;
};

export type MissedQuestion = {
  questionId: string;
  answered: number;
  missed: number;
  /** missed / answered, 0 to 100. */
  missedPercent: number;
  /** Most chosen first. */
  wrongChoices: WrongChoice[];
};

const NO_ANSWER: Omit<WrongChoice, 'count'> = { key: 'no-answer', label: 'No answer', feedback: null };

/** What a wrong answer says: each wrong option chosen, each right option left out, or the order given. */
export function wrongChoicesOf(question: BankQuestion, chosen: readonly string[]): Omit<WrongChoice, 'count'>[] {
  if (chosen.length === 0) return [NO_ANSWER];
  if (question.kind === 'true-false') {
    const value = chosen[0] === 'true';
    return value === question.answer ? [] : [{ key: String(value), label: value ? 'True' : 'False', feedback: question.wrongFeedback }];
  }
  if (question.kind === 'order') {
    const text = (id: string) => question.steps.find((step) => step.id === id)?.text ?? id;
    return [{ key: `order:${chosen.join(',')}`, label: chosen.map(text).join(' → '), feedback: null }];
  }
  const picked = new Set(chosen);
  const wrong = question.options
    .filter((option) => !option.correct && picked.has(option.id))
    .map((option) => ({ key: option.id, label: option.text, feedback: option.feedback ?? null }));
  // A single-answer question's wrong option already says it all; "left out" matters where several are right.
  const leftOut = question.options
    .filter((option) => question.kind === 'multiple' && option.correct && !picked.has(option.id))
    .map((option) => ({ key: `missing:${option.id}`, label: `Left out: ${option.text}`, feedback: null }));
  return [...wrong, ...leftOut];
}

/**
 * The item's questions, most missed first (by share of answers missed, then by count), each with its wrong choices,
 * most chosen first. Every attempt's answers count; a question the course no longer has is left out.
 */
export function mostMissed(item: ItemRef, rows: readonly AnswerPatternRow[], questionById: (id: string) => BankQuestion | undefined): MissedQuestion[] {
  const byQuestion = new Map<string, { answered: number; missed: number; wrong: Map<string, WrongChoice> }>();
  for (const row of rows) {
    if (row.itemKind !== item.kind || row.itemId !== item.id) continue;
    const question = questionById(row.questionId);
    if (!question) continue;
    let entry = byQuestion.get(row.questionId);
    if (!entry) byQuestion.set(row.questionId, (entry = { answered: 0, missed: 0, wrong: new Map() }));
    entry.answered += row.answers;
    if (row.correct) continue;
    entry.missed += row.answers;
    for (const choice of wrongChoicesOf(question, row.chosen)) {
      const seen = entry.wrong.get(choice.key);
      if (seen) seen.count += row.answers;
      else entry.wrong.set(choice.key, { ...choice, count: row.answers });
    }
  }
  return [...byQuestion]
    .map(([questionId, entry]) => ({
      questionId,
      answered: entry.answered,
      missed: entry.missed,
      missedPercent: entry.answered ? (entry.missed / entry.answered) * 100 : 0,
      wrongChoices: [...entry.wrong.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en')),
    }))
    .sort((a, b) => b.missedPercent - a.missedPercent || b.missed - a.missed || a.questionId.localeCompare(b.questionId));
}

/**
 * A question inside an item made of parts: a quiz item's answers are `<round>/<card>` (cards recur across rounds,
 * so the round is part of the id). The part, or null for a plain question (a check-up's).
 */
export function partOf(questionId: string): string | null {
  const slash = questionId.indexOf('/');
  return slash > 0 ? questionId.slice(0, slash) : null;
}

export type PartSummary = { part: string; answered: number; missed: number; missedPercent: number };

/**
 * An item's parts (a quiz item's rounds), each with its answers and misses, in the order first seen; empty for an
 * item whose questions have no parts. Generic over the item's kind: whatever the attempts table calls it.
 */
export function partSummaries(item: ItemRef, rows: readonly AnswerPatternRow[]): PartSummary[] {
  const parts = new Map<string, PartSummary>();
  for (const row of rows) {
    if (row.itemKind !== item.kind || row.itemId !== item.id) continue;
    const part = partOf(row.questionId);
    if (part === null) continue;
    let entry = parts.get(part);
    if (!entry) parts.set(part, (entry = { part, answered: 0, missed: 0, missedPercent: 0 }));
    entry.answered += row.answers;
    if (!row.correct) entry.missed += row.answers;
  }
  return [...parts.values()].map((entry) => ({ ...entry, missedPercent: entry.answered ? (entry.missed / entry.answered) * 100 : 0 }));
}

/** The items a course has results for (activity or answers), plus the one the instructor launched, in a stable order. */
export function courseItems(activity: readonly ActivityRow[], answers: readonly AnswerPatternRow[], launched: ItemRef | null): ItemRef[] {
  const items = new Map<string, ItemRef>();
  if (launched) items.set(itemKey(launched), launched);
  for (const row of [...activity, ...answers]) {
    const item = { kind: row.itemKind, id: row.itemId };
    if (!items.has(itemKey(item))) items.set(itemKey(item), item);
  }
  const [first, ...rest] = [...items.values()];
  if (!first) return [];
  return launched
    ? [first, ...rest.sort((a, b) => itemKey(a).localeCompare(itemKey(b)))]
    : [first, ...rest].sort((a, b) => itemKey(a).localeCompare(itemKey(b)));
}
