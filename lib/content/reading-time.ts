/**
 * A lesson's time, computed from its text (issue 28), never typed by hand: reading the prose and the code it shows,
 * plus answering its check-up. The rates and the method are in docs/reading-time.md; pure, so it is unit-tested.
 */

/** The rates the course assumes for a learner new to the topic (docs/reading-time.md says why these). */
export const READING_RATES = {
  /** Dense technical prose with new terms: well below the ~238 words a minute of everyday non-fiction. */
  proseWordsPerMinute: 180,
  /** JSON, shell and Dockerfile examples: about 4 seconds a non-blank line, to see what each setting does. */
  codeLinesPerMinute: 15,
  /** Per check-up question, on top of reading its words: choosing an answer and reading the feedback. */
  secondsToAnswer: 20,
} as const;

export type LessonTime = {
  proseWords: number;
  codeLines: number;
  questions: number;
  questionWords: number;
  /** Whole minutes, rounded up. */
  readingMinutes: number;
  checkUpMinutes: number;
  /** readingMinutes + checkUpMinutes: what the course map and the lesson header show. */
  minutes: number;
};

const FENCE = /^(```|~~~)([^\n]*)\n([\s\S]*?)^\1[^\n]*$/gm;
const countWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:/_-]*/gu) ?? []).length;
const nonBlankLines = (text: string) => text.split('\n').filter((line) => line.trim()).length;

/**
 * The words a learner reads in an MDX body: markdown and JSX syntax, link targets, URLs and code blocks are left
 * out; words inside prose components (callouts, tables, lists) count. Widgets' own text is not counted.
 */
export function proseWordsOf(body: string): number {
  const prose = body
    .replace(FENCE, '')
    .replace(/<[A-Za-z][^>]*\/>/g, ' ') // self-closing tags: <Cite source="..." />, widgets
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // opening and closing tags of prose components
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s*\|?[\s|:-]+\|?\s*$/gm, ' '); // table rules
  return countWords(prose.replace(/[*_`#>|[\]]/g, ' '));
}

/** Code lines a learner reads: fenced blocks written in the lesson, and examples it includes by `file=`. */
export function codeLinesOf(body: string, readExample: (file: string) => string | undefined): number {
  let lines = 0;
  for (const match of body.matchAll(FENCE)) {
    const file = match[2].match(/\bfile=(\S+)/)?.[1];
    lines += nonBlankLines(file ? (readExample(file) ?? '') : match[3]);
  }
  return lines;
}

/** The words of one check-up question a learner reads: scenario, prompt, options or steps, and the explanation. */
export function questionWordsOf(question: Record<string, unknown>): number {
  const parts: string[] = [];
  for (const key of ['scenario', 'prompt', 'why', 'explanation']) if (typeof question[key] === 'string') parts.push(question[key] as string);
  for (const key of ['options', 'steps']) {
    const list = question[key];
    if (Array.isArray(list))
      for (const item of list) if (item && typeof (item as { text?: unknown }).text === 'string') parts.push((item as { text: string }).text);
  }
  return countWords(parts.join(' '));
}

export function lessonTime({
  body,
  questions,
  readExample,
  rates = READING_RATES,
}: {
  body: string;
  questions: readonly Record<string, unknown>[];
  readExample: (file: string) => string | undefined;
  rates?: typeof READING_RATES;
}): LessonTime {
  const proseWords = proseWordsOf(body);
  const codeLines = codeLinesOf(body, readExample);
  const questionWords = questions.reduce((sum, question) => sum + questionWordsOf(question), 0);
  const readingMinutes = Math.max(1, Math.ceil(proseWords / rates.proseWordsPerMinute + codeLines / rates.codeLinesPerMinute));
  const checkUpMinutes = questions.length ? Math.ceil(questionWords / rates.proseWordsPerMinute + (questions.length * rates.secondsToAnswer) / 60) : 0;
  return { proseWords, codeLines, questions: questions.length, questionWords, readingMinutes, checkUpMinutes, minutes: readingMinutes + checkUpMinutes };
}
