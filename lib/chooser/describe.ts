/** Words for the chooser's results: answer labels, dates and the one-line summary read to screen readers. */
import type { AnswerRef, Ranking } from './engine';
import type { Answers, ChooserData, Question } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11" -> "November 2026" (fixed English month names: the same on server and client). */
export function formatAsOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return MONTHS[monthNumber - 1] && year ? `${MONTHS[monthNumber - 1]} ${year}` : month;
}

export function findQuestion(data: ChooserData, id: string): Question | undefined {
  return data.questions.find((question) => question.id === id);
}

export function targetName(data: ChooserData, id: string): string {
  return data.targets.find((target) => target.id === id)?.name ?? id;
}

/** "GPU: Yes", or for an unticked box "Team experience: App Runner not ticked". */
export function describeAnswerRef(data: ChooserData, ref: AnswerRef): string {
  const question = findQuestion(data, ref.question);
  const option = question?.options.find((candidate) => candidate.id === ref.option);
  const label = option?.label ?? ref.option;
  return `${question?.short ?? ref.question}: ${label}${ref.negated ? ' not ticked' : ''}`;
}

/** The answer to one question in words: "Yes", "Privileged mode or Docker-in-Docker, Host networking", "None ticked". */
export function describeAnswer(question: Question, answers: Answers): string {
  const value = answers[question.id];
  if (question.kind === 'single') return question.options.find((option) => option.id === value)?.label ?? 'Not answered';
  if (!Array.isArray(value)) return 'Not answered';
  const labels = question.options.filter((option) => value.includes(option.id)).map((option) => option.label);
  return labels.length ? labels.join(', ') : 'None ticked';
}

const FIT_WORDS = { strong: 'a strong fit', good: 'a good fit', weak: 'a weak fit' } as const;

/** One sentence that sums up a ranking; the result region announces it. */
export function summariseRanking(data: ChooserData, ranking: Ranking): string {
  const excluded = ranking.excluded.length;
  const ruledOut = `${excluded} ${excluded === 1 ? 'target is' : 'targets are'} ruled out`;
  if (ranking.ranked.length === 0) {
    const nearest = ranking.conflict?.nearest;
    return `No target fits every answer: all ${excluded} are ruled out.${nearest ? ` Nearest option: ${targetName(data, nearest.target)}.` : ''}`;
  }
  const [first] = ranking.ranked;
  const others = ranking.ranked.length - 1;
  const alsoFit = others === 0 ? 'No other target fits' : `${others} more ${others === 1 ? 'target fits' : 'targets fit'}`;
  const conflicts = ranking.conflicts.length ? ' Some of your answers conflict.' : '';
  return `Top pick: ${targetName(data, first.target)}, ${FIT_WORDS[first.fit]}. ${alsoFit}, and ${ruledOut}.${conflicts}`;
}
