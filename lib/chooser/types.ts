/**
 * The launch-type chooser's data model, derived from the schema in lib/chooser/schema.ts (the field docs live
 * there). `import type` only, so the browser that imports these types gets no zod.
 */
import type { z } from 'zod';
import type { chooserDataSchema } from './schema';

/** What an author writes in content/chooser/ and what the decision engine reads. */
export type ChooserData = z.output<typeof chooserDataSchema>;
export type ChooserInput = z.input<typeof chooserDataSchema>;

/** An AWS page a limit, a question or a reason is based on. */
export type ChooserSource = ChooserData['sources'][number];
export type Limit = ChooserData['limits'][number];
export type Question = ChooserData['questions'][number];
export type QuestionOption = Question['options'][number];
export type Target = ChooserData['targets'][number];
/** A way to run one target that rules can treat separately, e.g. EKS on managed node groups or on Fargate. */
export type TargetVariant = NonNullable<Target['variants']>[number];
export type TargetStatus = Target['status'];
export type Rule = ChooserData['rules'][number];
export type ExcludeRule = Extract<Rule, { effect: 'exclude' }>;
export type ScoreRule = Extract<Rule, { effect: 'score' }>;
export type Condition = Rule['when'][number];
export type TargetRef = string;

/** A learner's answers: an option id per single-choice question, a list (possibly empty) per multi-choice one. */
export type Answers = Record<string, string | string[]>;
