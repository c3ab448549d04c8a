/**
 * xAPI "answered" statements, one per answered question or quiz card (lib/lms/interactions.ts), sent with a graded
 * result as `answered` so a host can forward the per-question detail to its LRS. Each question has its own activity
 * id, and its definition is the cmi.interaction one (interactionType, choices, correctResponsesPattern), so an LRS
 * report can group answers by question:
 *
 *   question  <origin>/xapi/activities/check-up/<lesson>/<question>   or .../quiz/<round>/<card>
 *   parent    <origin>/xapi/activities/check-up/<lesson>              or .../quiz/<round>   (the widget or round)
 *   grouping  <origin>/lessons/<lesson> (the lesson), <origin>/ (the course)
 *
 * No actor (the host adds it), no `version` (the LRS sets it), one language tag (en-US). Browser-safe, no dependencies.
 */
import { ACTIVITY_TYPES, LANGUAGE, isoDuration } from './xapi';
import type { Interaction } from '../lms/interactions';

export const ANSWERED_VERB = 'http://adlnet.gov/expapi/verbs/answered';
export const CMI_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
export const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';

type LanguageMap = { 'en-US': string };
type ActivityRef = { objectType: 'Activity'; id: string; definition?: { name?: LanguageMap; type: string } };

export type AnsweredStatement = {
  id: string;
  verb: { id: typeof ANSWERED_VERB; display: LanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      name: LanguageMap;
      type: typeof CMI_INTERACTION;
      interactionType: Interaction['type'];
      correctResponsesPattern: string[];
      choices?: { id: string; description: LanguageMap }[];
    };
  };
  result: { success: boolean; response: string; duration: string };
  timestamp: string;
  context: { platform: string; language: string; contextActivities: { parent: ActivityRef[]; grouping: ActivityRef[] } };
};

/** The activity IRIs of the course, derived from the site's origin and the interaction ids. */
export function activityIri(origin: string, ...segments: string[]): string {
  return `${origin}/xapi/activities/${segments.map(encodeURIComponent).join('/')}`;
}

/** xAPI's response pattern: `true`/`false`, or choice ids joined by `[,]` (a set for choice, an order for sequencing). */
export function responsePattern(interaction: Interaction, values: readonly string[]): string {
  if (interaction.type === 'true-false') return values[0] ?? '';
  return values.join('[,]');
}

export type AnsweredInput = {
  /** The site's origin, no trailing slash. */
  origin: string;
  /** The lesson the questions belong to (the result's `lesson`). */
  lesson: string;
  /** The widget's or round's name, for its parent activity. */
  parentName: string;
  interactions: readonly Interaction[];
  /** A new statement id (a UUID) per call. */
  uuid: () => string;
};

export function buildAnsweredStatements(input: AnsweredInput): AnsweredStatement[] {
  const { origin } = input;
  const grouping: ActivityRef[] = [
    { objectType: 'Activity', id: `${origin}/lessons/${encodeURIComponent(input.lesson)}`, definition: { type: ACTIVITY_TYPES.lesson } },
    { objectType: 'Activity', id: `${origin}/`, definition: { name: { 'en-US': 'Containers on AWS' }, type: COURSE_TYPE } },
  ];
  return input.interactions.map((interaction) => {
    // `check-up.<lesson>.<question>` / `quiz.<round>.<card>`: the first two parts name the widget or the round.
    const [kind, group, ...rest] = interaction.id.split('.');
    const parent: ActivityRef = {
      objectType: 'Activity',
      id: activityIri(origin, kind, group),
      definition: { name: { 'en-US': input.parentName }, type: ACTIVITY_TYPES.assessment },
    };
    return {
      id: input.uuid(),
      verb: { id: ANSWERED_VERB, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: activityIri(origin, kind, group, rest.join('.')),
        definition: {
          name: { 'en-US': interaction.description },
          type: CMI_INTERACTION,
          interactionType: interaction.type,
          correctResponsesPattern: [responsePattern(interaction, interaction.correct)],
          ...(interaction.type === 'true-false'
            ? {}
            : { choices: interaction.choices.map((choice) => ({ id: choice.id, description: { 'en-US': choice.text } })) }),
        },
      },
      result: {
        success: interaction.result === 'correct',
        response: responsePattern(interaction, interaction.response),
        duration: isoDuration(interaction.latencyMs),
      },
      timestamp: interaction.at,
      context: { platform: 'Containers on AWS', language: LANGUAGE, contextActivities: { parent: [parent], grouping } },
    };
  });
}
