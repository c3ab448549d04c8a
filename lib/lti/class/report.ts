/**
 * The class view's content: per graded item, the learners table, the stuck list, the score distribution and the
 * most-missed questions with their misconceptions, the course's explanation and the section that teaches it; and
 * the same tables as CSV. Pure: the course's texts come in through a lookup (course-content.ts reads them).
 */
import type { BankQuestion } from '../../questions/schema';
import {
  courseItems,
  DEFAULT_STUCK_RULES,
  itemKey,
  learnerProgress,
  mostMissed,
  partSummaries,
  partOf,
  scoreDistribution,
  STATUS_LABEL,
  statusCounts,
  stuckLearners,
  type ActivityRow,
  type AnswerPatternRow,
  type ItemRef,
  type LearnerStatus,
  type MemberRow,
  type PartSummary,
  type ScoreDistribution,
  type StatusCounts,
  type StuckReason,
  type StuckRules,
} from './aggregate';

/** What the report needs to know about the course's content. */
export type CourseLookup = {
  question: (id: string) => BankQuestion | undefined;
  /** The item's title and the page that teaches it; null for an item the course no longer has. */
  item: (item: ItemRef) => { title: string; href: string } | null;
  /** A lesson section's heading text, when known. */
  sectionTitle: (lesson: string, section: string) => string | undefined;
  /** A part's title (a quiz item's round) and where it is practised; null for a part the course no longer has. */
  part?: (item: ItemRef, part: string) => { title: string; href: string } | null;
};

export type ReportLearner = {
  name: string;
  status: LearnerStatus;
  attempts: number;
  bestPercent: number | null;
  lastActivity: string | null;
  stuck: string | null;
};
export type ReportQuestion = {
  id: string;
  /** The round the question (a card) belongs to, for an item made of rounds. */
  part: string | null;
  prompt: string;
  answered: number;
  missed: number;
  missedPercent: number;
  wrongChoices: { label: string; feedback: string | null; count: number }[];
  explanation: string;
  section: { title: string; href: string };
};
export type ReportItem = {
  key: string;
  title: string;
  href: string | null;
  counts: StatusCounts;
  learners: ReportLearner[];
  stuck: { name: string; reason: string }[];
  distribution: ScoreDistribution;
  questions: ReportQuestion[];
  /** An item made of parts (a quiz item's rounds): each part's answers and misses. Empty otherwise. */
  parts: (PartSummary & { title: string; href: string | null })[];
};
export type ClassReport = { courseTitle: string | null; generatedAt: string; rosterShared: boolean; rules: StuckRules; items: ReportItem[] };

export function describeStuck(reason: StuckReason): string {
  if (reason.kind === 'low-scores') return `${reason.attempts} attempts, best ${Math.round(reason.bestPercent)}%`;
  return `Opened ${reason.days} days ago, not finished`;
}

export function buildClassReport(
  input: {
    members: readonly MemberRow[];
    activity: readonly ActivityRow[];
    answers: readonly AnswerPatternRow[];
    launched: ItemRef | null;
    courseTitle: string | null;
  },
  lookup: CourseLookup,
  now: Date,
  rules = DEFAULT_STUCK_RULES,
): ClassReport {
  const items = courseItems(input.activity, input.answers, input.launched).map((item): ReportItem => {
    const progress = learnerProgress(item, input.members, input.activity, now, rules);
    const known = lookup.item(item);
    const partTitle = (part: string) => lookup.part?.(item, part) ?? null;
    const questions = mostMissed(item, input.answers, lookup.question).map((entry): ReportQuestion => {
      const question = lookup.question(entry.questionId)!;
      const part = partOf(entry.questionId);
      return {
        id: entry.questionId,
        part: part === null ? null : (partTitle(part)?.title ?? part),
        prompt: question.prompt,
        answered: entry.answered,
        missed: entry.missed,
        missedPercent: entry.missedPercent,
        wrongChoices: entry.wrongChoices.map(({ label, feedback, count }) => ({ label, feedback, count })),
        explanation: question.explanation,
        // A round's card is taught by its round (with the card's explanation); a check-up question by its lesson section.
        section: (part !== null && partTitle(part)) || {
          title: lookup.sectionTitle(question.lesson, question.section) ?? question.section,
          href: `/lessons/${question.lesson}#${question.section}`,
        },
      };
    });
    return {
      key: itemKey(item),
      title: known?.title ?? `${item.kind} ${item.id} (no longer in the course)`,
      href: known?.href ?? null,
      counts: statusCounts(progress),
      learners: progress.map((learner) => ({
        name: learner.name,
        status: learner.status,
        attempts: learner.attempts,
        bestPercent: learner.bestPercent,
        lastActivity: learner.lastActivity?.toISOString() ?? null,
        stuck: learner.stuck ? describeStuck(learner.stuck) : null,
      })),
      stuck: stuckLearners(progress).map((learner) => ({ name: learner.name, reason: describeStuck(learner.stuck) })),
      distribution: scoreDistribution(progress),
      questions,
      parts: partSummaries(item, input.answers).map((entry) => {
        const known = partTitle(entry.part);
        return { ...entry, title: known?.title ?? `${entry.part} (no longer in the course)`, href: known?.href ?? null };
      }),
    };
  });
  return { courseTitle: input.courseTitle, generatedAt: now.toISOString(), rosterShared: input.members.length > 0, rules, items };
}

export const CSV_TABLES = ['learners', 'scores', 'questions'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** One CSV field: quoted when needed, and a leading = + - @ made inert (a name from the LMS must not run as a formula). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(Math.round(value * 10) / 10) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLines = (rows: (string | number | null)[][]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The class view's tables as CSV, the same numbers as on screen (percentages to one decimal). */
export function classReportCsv(report: ClassReport, table: CsvTable, origin: string): string {
  if (table === 'learners') {
    return csvLines([
      ['Activity', 'Learner', 'Status', 'Attempts', 'Best score (%)', 'Last activity (UTC)', 'Stuck'],
      ...report.items.flatMap((item) =>
        item.learners.map((learner) => [
          item.title,
          learner.name,
          STATUS_LABEL[learner.status],
          learner.attempts,
          learner.bestPercent,
          learner.lastActivity,
          learner.stuck ?? '',
        ]),
      ),
    ]);
  }
  if (table === 'scores') {
    return csvLines([
      ['Activity', 'Best score band', 'Learners'],
      ...report.items.flatMap((item) => item.distribution.bands.map((band) => [item.title, band.label, band.learners])),
    ]);
  }
  return csvLines([
    ['Activity', 'Question', 'Answers', 'Missed', 'Missed (%)', 'Most chosen wrong answer', 'Times chosen', 'Section that teaches it'],
    ...report.items.flatMap((item) =>
      item.questions.map((question) => [
        item.title,
        question.part ? `${question.part}: ${question.prompt}` : question.prompt,
        question.answered,
        question.missed,
        question.missedPercent,
        question.wrongChoices[0]?.label ?? '',
        question.wrongChoices[0]?.count ?? 0,
        new URL(question.section.href, origin).href,
      ]),
    ),
  ]);
}
