/**
 * A ready-made xAPI statement (1.0.3 rules) for a finished attempt, sent with every `result` message so a host can forward
 * it to its LRS as it is. There is no actor: the host knows who the learner is and adds it.
 * Verbs are from the ADL vocabulary (http://adlnet.gov/expapi/verbs/): passed/failed for graded attempts,
 * completed otherwise. No `version`: the spec says a statement's provider should not set it (the LRS does). One
 * language tag throughout (en-US, as the language maps). An ungraded completion carries no score.
 */
export const LANGUAGE = 'en-US';

export const VERBS = {
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
} as const;

export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/interaction',
} as const;

export type XapiVerbName = keyof typeof VERBS;

export type XapiStatement = {
  id: string;
  verb: { id: string; display: { 'en-US': string } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { name: { 'en-US': string }; type: string };
  };
  result: {
    score?: { raw: number; min: number; max: number; scaled: number };
    success?: boolean;
    completion: boolean;
    duration: string;
  };
  timestamp: string;
  context: { platform: string; language: string; contextActivities?: { parent: { objectType: 'Activity'; id: string }[] } };
};

export type StatementInput = {
  /** A UUID: the statement id (one statement per attempt). */
  attemptId: string;
  /** Absolute canonical URL of what was embedded. */
  objectId: string;
  name: string;
  kind: 'lesson' | 'widget';
  score: number;
  max: number;
  passed: boolean;
  graded: boolean;
  completedAt: string;
  durationMs: number;
  /** A part of what was embedded (a quiz round): the statement is about it, with the embedded thing as its parent. */
  part?: { id: string; name: string };
};

/** ISO 8601 duration with centisecond precision, as xAPI recommends: 83,456 ms -> "PT1M23.46S". */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${Number(seconds.toFixed(2))}S` : ''}`;
}

export function buildStatement(input: StatementInput): XapiStatement {
  const verb: XapiVerbName = input.graded ? (input.passed ? 'passed' : 'failed') : 'completed';
  const scaled = input.max > 0 ? Math.round((input.score / input.max) * 10_000) / 10_000 : 0;
  return {
    id: input.attemptId,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: input.part?.id ?? input.objectId,
      definition: {
        name: { 'en-US': input.part?.name ?? input.name },
        type: input.kind === 'lesson' && !input.part ? ACTIVITY_TYPES.lesson : input.graded ? ACTIVITY_TYPES.assessment : ACTIVITY_TYPES.interaction,
      },
    },
    result: {
      ...(input.graded ? { score: { raw: input.score, min: 0, max: input.max, scaled }, success: input.passed } : {}),
      completion: true,
      duration: isoDuration(input.durationMs),
    },
    timestamp: input.completedAt,
    context: {
      platform: 'Containers on AWS',
      language: LANGUAGE,
      ...(input.part ? { contextActivities: { parent: [{ objectType: 'Activity' as const, id: input.objectId }] } } : {}),
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/**
 * The xAPI 1.0.3 rules a statement of ours must meet (a subset of the spec's, the ones this builder can break):
 * problems as sentences, empty when it is valid. Used by the unit tests and by hosts that want to check.
 */
export function statementProblems(statement: XapiStatement): string[] {
  const problems: string[] = [];
  const isIri = (value: string) => {
    try {
      return Boolean(new URL(value).protocol);
    } catch {
      return false;
    }
  };
  if (!UUID.test(statement.id)) problems.push('id must be a UUID');
  if ('actor' in statement) problems.push('actor must be left to the host');
  if (!isIri(statement.verb.id)) problems.push('verb.id must be an IRI');
  if (statement.object.objectType !== 'Activity' || !isIri(statement.object.id)) problems.push('object must be an Activity with an IRI id');
  const { score } = statement.result;
  if (score && !(score.min <= score.raw && score.raw <= score.max)) problems.push('score.raw must lie between min and max');
  if (score && !(score.scaled >= -1 && score.scaled <= 1)) problems.push('score.scaled must lie between -1 and 1');
  if ('version' in statement) problems.push('version must be left to the LRS');
  if (!DURATION.test(statement.result.duration) || statement.result.duration === 'P' || statement.result.duration.endsWith('T'))
    problems.push('result.duration must be an ISO 8601 duration');
  if (Number.isNaN(Date.parse(statement.timestamp)) || !/T.*(Z|[+-]\d\d:\d\d)$/.test(statement.timestamp))
    problems.push('timestamp must be an ISO 8601 date-time with a time zone');
  return problems;
}
