/**
 * The launch-type chooser's data model: what an author writes in content/chooser.ts and what the decision
 * engine reads. Plain types only (no zod) so the browser can import them for free; lib/chooser/schema.ts
 * checks data against them at build time.
 */

/** An AWS page a limit, a question or a reason is based on. */
export type ChooserSource = { id: string; title: string; url: string };

/** A hard limit (a number or a capability) with the AWS pages it comes from and the month it was checked. */
export type Limit = {
  id: string;
  /** One or two sentences, for example "Lambda runs one invocation for at most 15 minutes." */
  text: string;
  sources: string[];
  /** The month the limit was last checked, as YYYY-MM: shown as "as of November 2026". */
  asOf: string;
};

export type QuestionOption = {
  /** Appears in the URL: lower-case letters, digits and dashes. */
  id: string;
  /** Short, also used in the answer summary. */
  label: string;
  description?: string;
};

export type Question = {
  /** Appears in the URL as the query key. */
  id: string;
  /** single = radio buttons, one answer; multi = checkboxes, any number of answers including none. */
  kind: 'single' | 'multi';
  /** A few words for summaries ("Workload", "GPU"). */
  short: string;
  /** The question itself, used as the fieldset legend. */
  prompt: string;
  hint?: string;
  /** Why the answer matters, in a sentence or two. */
  whyWeAsk: string;
  /** The pages behind any number or limit mentioned in the question. */
  sources: string[];
  /**
   * True when the answer is a team preference (how much to operate, cost focus) rather than a property of the
   * workload: when every target is ruled out, the suggested way out changes preferences before requirements.
   */
  preference?: boolean;
  options: QuestionOption[];
};

/** A way to run one target that rules can treat separately, e.g. EKS on managed node groups or on Fargate. */
export type TargetVariant = { id: string; name: string; summary: string };

export type TargetStatus = 'available' | 'existing-customers-only';

export type Target = {
  id: string;
  name: string;
  shortName: string;
  status: TargetStatus;
  /** Required unless the target is available to everyone: shown wherever the target appears. */
  statusNote?: string;
  summary: string;
  /** What AWS runs for you. */
  awsManages: string[];
  /** What stays with your team. */
  youManage: string[];
  costModel: string;
  /** Limits shown in the comparison table. */
  limits: string[];
  sources: string[];
  variants?: TargetVariant[];
};

/**
 * One clause of a rule's `when` (all clauses must hold).
 * `is` matches a single-choice answer, `includes` a ticked checkbox, and `excludes` holds when the box is not
 * ticked, including when the question has not been answered yet.
 */
export type Condition = { question: string; is: string } | { question: string; includes: string } | { question: string; excludes: string };

/**
 * A target reference in a rule: "eks" for the whole target or "eks/fargate" for one variant.
 * A target with variants is ruled out when every variant is (or when a rule names the whole target).
 */
export type TargetRef = string;

/** Rules a target out: the reason names the answer, the limit names the hard fact and its source. */
export type ExcludeRule = {
  id: string;
  effect: 'exclude';
  when: Condition[];
  targets: TargetRef[];
  /** Completes "Ruled out: ...", e.g. "needs a GPU, and Fargate offers none". */
  reason: string;
  limit: string;
};

/** Makes a target a better (positive weight) or worse (negative weight) fit, with the reason shown. */
export type ScoreRule = {
  id: string;
  effect: 'score';
  when: Condition[];
  targets: TargetRef[];
  weight: number;
  /** A full sentence shown as a reason it fits (positive) or a caution (negative). */
  reason: string;
  sources: string[];
};

export type Rule = ExcludeRule | ScoreRule;

export type ChooserData = {
  /** When the data as a whole was last checked, as YYYY-MM. */
  asOf: string;
  sources: ChooserSource[];
  limits: Limit[];
  questions: Question[];
  targets: Target[];
  rules: Rule[];
  /** Equal scores are ordered by this list; the reason is shown next to a tie. */
  tieBreak: { order: string[]; reason: string };
  /** Score thresholds for the fit labels: at least `strong` is a strong fit, at least `good` a good fit, below is weak. */
  fitLevels: { strong: number; good: number };
};

/** A learner's answers: an option id per single-choice question, a list (possibly empty) per multi-choice one. */
export type Answers = Record<string, string | string[]>;
