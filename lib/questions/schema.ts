/**
 * The question bank's schema (content/lessons/<lesson>/questions.ts), checked by `npm run check:content` and the build
 * (the collection is lib/questions/bank.ts). Server-only: client code imports the types with `import type`.
 */
import 'server-only';
import { z } from 'zod';
import { addRepeatedIdIssues, KEBAB_CASE, kebabId, text } from '../content/fields';

export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'order', 'scenario'] as const;
export const MIN_QUESTIONS_PER_LESSON = 8;
export const MIN_SCENARIOS_PER_LESSON = 2;
/** "One-line why" for true/false questions. */
export const MAX_WHY_LENGTH = 220;

/** Options that test reading tricks instead of one idea. */
export const CATCH_ALL_OPTION = /\b(all|none|both|neither) of the (above|others|options)\b/i;

const id = (what: string) => kebabId(what, 'lt-spot-warning');

const optionSchema = z
  .object({
    id: id('an option id'),
    text: text('the option text').refine((value) => !CATCH_ALL_OPTION.test(value), {
      error: 'expected an option that stands on its own: no "all of the above" or "none of the above"',
    }),
    correct: z.literal(true, { error: 'expected correct: true, or leave it out for a wrong option' }).optional(),
    /** For a wrong option: why a learner might pick it and why it is wrong. Optional on correct options. */
    feedback: text('the feedback').optional(),
  })
  .strict();

const common = {
  id: id('a question id'),
  prompt: text('the question prompt'),
  explanation: text('the explanation shown after answering'),
  /** A section id (heading anchor) in the question's lesson. */
  section: z
    .string({ error: 'expected the id of the lesson section that teaches this' })
    .regex(KEBAB_CASE, { error: 'expected a section id such as "capacity-providers"' }),
};

const options = z
  .array(optionSchema, { error: 'expected a list of options' })
  .min(2, { error: 'expected at least 2 options' })
  .max(6, { error: 'expected at most 6 options' });

const singleSchema = z.object({ ...common, kind: z.literal('single'), options, keepOrder: z.boolean().optional() }).strict();
const multipleSchema = z.object({ ...common, kind: z.literal('multiple'), options, keepOrder: z.boolean().optional() }).strict();
const scenarioSchema = z
  .object({ ...common, kind: z.literal('scenario'), scenario: text('the scenario (what the learner sees happen)'), options, keepOrder: z.boolean().optional() })
  .strict();
const trueFalseSchema = z
  .object({
    ...common,
    kind: z.literal('true-false'),
    answer: z.boolean({ error: 'expected answer: true or false' }),
    why: text('the one-line why').refine((value) => !value.includes('\n') && value.length <= MAX_WHY_LENGTH, {
      error: `expected the why on one line of at most ${MAX_WHY_LENGTH} characters`,
    }),
    /** Feedback for a learner who picks the wrong value: the misconception behind it. */
    wrongFeedback: text('the feedback for the wrong choice'),
  })
  .strict();
const orderSchema = z
  .object({
    ...common,
    kind: z.literal('order'),
    /** In the right order; the widget shuffles them. */
    steps: z
      .array(z.object({ id: id('a step id'), text: text('the step text') }).strict(), { error: 'expected a list of steps' })
      .min(3, { error: 'expected at least 3 steps to put in order' })
      .max(7, { error: 'expected at most 7 steps' }),
  })
  .strict();

export const questionSchema = z
  .discriminatedUnion('kind', [singleSchema, multipleSchema, scenarioSchema, trueFalseSchema, orderSchema], {
    error: `expected kind to be one of ${QUESTION_KINDS.join(', ')}`,
  })
  .superRefine((question, context) => {
    if (question.kind === 'true-false') return;
    if (question.kind === 'order') {
      addRepeatedIdIssues(context, question.steps, 'steps', 'step');
      return;
    }
    addRepeatedIdIssues(context, question.options, 'options', 'option');
    const correct = question.options.filter((option) => option.correct).length;
    if (question.kind !== 'multiple' && correct !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `expected exactly one correct option in a ${question.kind === 'single' ? 'single-answer' : 'scenario'} question, got ${correct}`,
      });
    }
    if (question.kind === 'multiple' && correct === 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'expected at least one correct option in a multiple-answer question, got 0' });
    }
    if (question.kind === 'multiple' && correct === question.options.length) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'expected at least one wrong option: a question where every option is right tests nothing',
      });
    }
    question.options.forEach((option, index) => {
      if (!option.correct && !option.feedback) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'feedback'],
          message: `expected feedback for wrong option "${option.id}": the misconception it stands for and why it is wrong`,
        });
      }
    });
  });

export const questionFileSchema = z.array(questionSchema, { error: 'expected the file to export a list of questions' });

export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type ChoiceQuestion = Extract<Question, { options: unknown }>;
export type QuestionOption = z.output<typeof optionSchema>;
/** A question together with the lesson it belongs to (the file it lives in). */
export type BankQuestion = Question & { lesson: string };
