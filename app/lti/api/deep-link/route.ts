/**
 * The instructor's pick as a signed deep-linking response to post back: a lesson's check-up with its graded settings,
 * or (ungraded) a lesson, widget, checklist or quiz round to practise (lib/lti/practice-links.ts).
 */
import { z } from 'zod';
import { parseAssignment } from '@/lib/assignment/settings';
import { checkUpContentItem, deepLinkingResponse, quizContentItem } from '@/lib/lti/deep-linking';
import { practiceContentItem, practicePickSchema, practiceTarget } from '@/lib/lti/practice-links';
import { targetTitle } from '@/lib/embed/targets';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { getChecklist } from '@/lib/checklists/load';
import { LtiError } from '@/lib/lti/errors';
import { errorJson, toolOrigin } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';

export const dynamic = 'force-dynamic';

function gradedAssignment(value: unknown) {
  const assignment = parseAssignment(value);
  if (!assignment.ok || assignment.assignment.mode !== 'graded') {
    throw new LtiError(
      'request',
      `The assignment settings are not valid: ${assignment.ok ? 'expected a graded assignment' : assignment.problems.join('; ')}.`,
      'Check the settings and try again.',
    );
  }
  return assignment.assignment;
}

const quizPickSchema = z.object({
  kind: z.literal('quiz'),
  rounds: z.array(z.string().max(40)).min(1).max(40),
  title: z.string().max(200).optional(),
  scoreMaximum: z.number().positive().max(1000),
  assignment: z.unknown(),
});

const pickSchema = z.object({
  kind: z.literal('check-up').optional(),
  lesson: z.string().max(80),
  title: z.string().max(200).optional(),
  scoreMaximum: z.number().positive().max(1000),
  assignment: z.unknown(),
});

export async function POST(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const body: unknown = await request.json().catch(() => null);
    const practice = practicePickSchema.safeParse(body);
    if (practice.success) {
      const rounds = allRounds(getResponsibilityMatrix());
      const { target, round } = practiceTarget(
        practice.data,
        rounds.map((entry) => entry.id),
      );
      const titles = Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title]));
      const title = round
        ? `Quiz round: ${rounds.find((entry) => entry.id === round)!.title}`
        : target.kind === 'widget' && target.widget === 'checklist'
          ? `Checklist: ${getChecklist(target.argument).title}`
          : targetTitle(target, titles);
      return Response.json(await deepLinkingResponse(db, launch, practiceContentItem(toolOrigin(request), practice.data, title)), {
        headers: { 'cache-control': 'no-store' },
      });
    }
    const quiz = quizPickSchema.safeParse(body);
    if (quiz.success) {
      const assignment = gradedAssignment(quiz.data.assignment);
      const all = allRounds(getResponsibilityMatrix());
      const unknown = quiz.data.rounds.filter((id) => !all.some((round) => round.id === id));
      if (unknown.length || new Set(quiz.data.rounds).size !== quiz.data.rounds.length)
        throw new LtiError('request', `The quiz has no round ${unknown.join(', ') || '(a round was picked twice)'}.`, 'Pick the rounds from the list.');
      const rounds = quiz.data.rounds.map((id) => all.find((round) => round.id === id)!);
      const item = quizContentItem(toolOrigin(request), {
        rounds: rounds.map((round) => ({ id: round.id, title: round.title, cardCount: round.cards.length })),
        assignment,
        scoreMaximum: quiz.data.scoreMaximum,
        title: quiz.data.title,
      });
      return Response.json(await deepLinkingResponse(db, launch, item), { headers: { 'cache-control': 'no-store' } });
    }
    const pick = pickSchema.safeParse(body);
    if (!pick.success) throw new LtiError('request', 'The choice was not in the expected form.', 'Pick the check-up again.');
    const assignment = { ok: true as const, assignment: gradedAssignment(pick.data.assignment) };
    const lesson = getLessons().find((entry) => entry.slug === pick.data.lesson);
    const questionCount = getQuestionBank().filter((question) => question.lesson === pick.data.lesson).length;
    if (!lesson || questionCount === 0) throw new LtiError('request', `There is no check-up for lesson "${pick.data.lesson}".`, 'Pick a lesson from the list.');
    const response = await deepLinkingResponse(
      db,
      launch,
      checkUpContentItem(toolOrigin(request), {
        lesson: lesson.slug,
        lessonTitle: lesson.title,
        questionCount,
        assignment: { ...assignment.assignment, parts: ['check-up'], rounds: [] },
        scoreMaximum: pick.data.scoreMaximum,
        title: pick.data.title,
      }),
    );
    return Response.json(response, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorJson(error, 'deep-link');
  }
}
