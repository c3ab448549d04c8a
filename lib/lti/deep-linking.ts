/**
 * Deep Linking 2.0: the instructor picks a lesson's check-up and its assignment settings (graded: the content item
 * has a line item, so the platform creates the gradebook column), or a lesson, widget, checklist or quiz round to
 * practise (lib/lti/practice-links.ts: no line item); the tool answers with a signed LtiDeepLinkingResponse holding
 * that ltiResourceLink, which the browser posts back to the platform's deep_link_return_url.
 */
import { SignJWT } from 'jose';
import type { Kysely } from 'kysely';
import type { GradedAssignment } from '../assignment/settings';
import { LTI_CLAIM } from './claims';
import type { Database, Launch } from './db/schema';
import { LtiError } from './errors';
import { QUIZ_ITEM_ID } from './grading';
import { currentSigningKey, TOOL_KEY_ALG } from './keys';
import { randomToken } from './random';

export type CheckUpItem = { lesson: string; lessonTitle: string; questionCount: number; assignment: GradedAssignment; scoreMaximum: number; title?: string };

/** The content item for a graded check-up (pure: the signed response wraps it). */
export function checkUpContentItem(toolOrigin: string, item: CheckUpItem) {
  const title = item.title?.trim() || `Check-up: ${item.lessonTitle}`;
  const attempts =
    item.assignment.attempts === 'unlimited' ? 'unlimited attempts' : `${item.assignment.attempts} attempt${item.assignment.attempts === 1 ? '' : 's'}`;
  return {
    type: 'ltiResourceLink',
    title,
    text: `${item.questionCount} questions from the lesson "${item.lessonTitle}", graded (${attempts}, best attempt counts).`,
    url: `${toolOrigin}/lti/launch`,
    custom: {
      item_kind: 'check-up',
      item_id: item.lesson,
      assignment: JSON.stringify(item.assignment),
      score_maximum: String(item.scoreMaximum),
    },
    lineItem: { scoreMaximum: item.scoreMaximum, label: title, resourceId: `check-up:${item.lesson}`, tag: 'check-up' },
  };
}

export type QuizItem = { rounds: { id: string; title: string; cardCount: number }[]; assignment: GradedAssignment; scoreMaximum: number; title?: string };

/**
 * The content item for graded quiz rounds: the rounds are named in the assignment (never "every round", so a round
 * added to the course later does not change what an existing gradebook column measures); graded on the server.
 */
export function quizContentItem(toolOrigin: string, item: QuizItem) {
  const names = item.rounds.map((round) => round.title);
  const title = item.title?.trim() || (names.length === 1 ? `Quiz round: ${names[0]}` : `Quiz: ${names.length} rounds`);
  const cards = item.rounds.reduce((sum, round) => sum + round.cardCount, 0);
  const attempts =
    item.assignment.attempts === 'unlimited' ? 'unlimited attempts' : `${item.assignment.attempts} attempt${item.assignment.attempts === 1 ? '' : 's'}`;
  const assignment: GradedAssignment = { ...item.assignment, parts: ['quiz'], rounds: item.rounds.map((round) => round.id) };
  return {
    type: 'ltiResourceLink',
    title,
    text: `Who is responsible: ${cards} cards in ${names.join(', ')}, graded (${attempts}, best attempt counts).`,
    url: `${toolOrigin}/lti/launch`,
    custom: {
      item_kind: 'quiz',
      item_id: QUIZ_ITEM_ID,
      assignment: JSON.stringify(assignment),
      score_maximum: String(item.scoreMaximum),
    },
    lineItem: { scoreMaximum: item.scoreMaximum, label: title, resourceId: `quiz:${assignment.rounds.join('+')}`.slice(0, 255), tag: 'quiz' },
  };
}

export type ContentItem =
  | ReturnType<typeof checkUpContentItem>
  | ReturnType<typeof quizContentItem>
  | { type: 'ltiResourceLink'; title: string; text: string; url: string; custom: Record<string, string> };

/** The signed response JWT and where to post it. */
export async function deepLinkingResponse(db: Kysely<Database>, launch: Launch, contentItem: ContentItem): Promise<{ returnUrl: string; jwt: string }> {
  if (launch.message_type !== 'LtiDeepLinkingRequest' || !launch.deep_link || launch.role !== 'instructor') {
    throw new LtiError(
      'session',
      "Only an instructor's deep linking launch can add content.",
      'Use "Select content" in the activity settings of your course.',
      403,
    );
  }
  const platform = await db.selectFrom('lti_platform').selectAll().where('id', '=', launch.platform_id).executeTakeFirstOrThrow();
  const deployment = await db.selectFrom('lti_deployment').select('deployment_id').where('id', '=', launch.deployment_pk).executeTakeFirstOrThrow();
  const deepLink = launch.deep_link as { returnUrl: string; data?: string };
  const { kid, key } = await currentSigningKey(db);
  const jwt = await new SignJWT({
    nonce: randomToken(16),
    [LTI_CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [LTI_CLAIM.version]: '1.3.0',
    [LTI_CLAIM.deploymentId]: deployment.deployment_id,
    [LTI_CLAIM.contentItems]: [contentItem],
    ...(deepLink.data ? { [LTI_CLAIM.data]: deepLink.data } : {}),
  })
    .setProtectedHeader({ alg: TOOL_KEY_ALG, kid, typ: 'JWT' })
    .setIssuer(platform.client_id)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
  return { returnUrl: deepLink.returnUrl, jwt };
}
