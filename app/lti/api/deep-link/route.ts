/** The instructor's pick (a lesson's check-up and its settings) as a signed deep-linking response to post back. */
import { z } from 'zod';
import { parseAssignment } from '@/lib/assignment/settings';
import { deepLinkingResponse } from '@/lib/lti/deep-linking';
import { LtiError } from '@/lib/lti/errors';
import { errorJson, toolOrigin } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';

export const dynamic = 'force-dynamic';

const pickSchema = z.object({
  lesson: z.string().max(80),
  title: z.string().max(200).optional(),
  scoreMaximum: z.number().positive().max(1000),
  assignment: z.unknown(),
});

export async function POST(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const pick = pickSchema.safeParse(await request.json().catch(() => null));
    if (!pick.success) throw new LtiError('request', 'The choice was not in the expected form.', 'Pick the check-up again.');
    const assignment = parseAssignment(pick.data.assignment);
    if (!assignment.ok || assignment.assignment.mode !== 'graded') {
      throw new LtiError('request', `The assignment settings are not valid: ${assignment.ok ? 'expected a graded assignment' : assignment.problems.join('; ')}.`, 'Check the settings and try again.');
    }
    const lesson = getLessons().find((entry) => entry.slug === pick.data.lesson);
    const questionCount = getQuestionBank().filter((question) => question.lesson === pick.data.lesson).length;
    if (!lesson || questionCount === 0) throw new LtiError('request', `There is no check-up for lesson "${pick.data.lesson}".`, 'Pick a lesson from the list.');
    const response = await deepLinkingResponse(db, launch, toolOrigin(request), {
      lesson: lesson.slug,
      lessonTitle: lesson.title,
      questionCount,
      assignment: { ...assignment.assignment, parts: ['check-up'], rounds: [] },
      scoreMaximum: pick.data.scoreMaximum,
      title: pick.data.title,
    });
    return Response.json(response, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorJson(error, 'deep-link');
  }
}
