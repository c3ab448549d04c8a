/**
 * A finished check-up from the launched page: the learner's choices only. Graded here against the lesson's question
 * bank (lib/lti/grading.ts), stored with the score in the outbox (lib/lti/attempts.ts), and delivered to the
 * gradebook at once when the platform answers (else by the outbox sweeper later).
 */
import { LtiError } from '@/lib/lti/errors';
import { parseTarget, submissionSchema } from '@/lib/lti/grading';
import { recordAttempt } from '@/lib/lti/attempts';
import { errorJson, toolOrigin } from '@/lib/lti/http';
import { deliverDueStatements } from '@/lib/lti/class/lrs';
import { getLessons } from '@/lib/content/lessons';
import { launchForSession } from '@/lib/lti/launch';
import { deliverDue } from '@/lib/lti/outbox';
import { toolDb } from '@/lib/lti/server';
import { getQuestionBank } from '@/lib/questions/load';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const body = await request.json().catch(() => null);
    const submission = submissionSchema.safeParse(body);
    if (!submission.success) throw new LtiError('request', 'The answers were not in the expected form.', 'Reload the activity and answer again.');
    const target = parseTarget(launch.target);
    const questions = getQuestionBank().filter((question) => question.lesson === target.lesson);
    const lessonTitle = getLessons().find((lesson) => lesson.slug === target.lesson)?.title ?? target.lesson;
    const result = await recordAttempt(db, launch, target, questions, submission.data, new Date(), {
      origin: toolOrigin(request),
      itemName: `Check-up: ${lessonTitle}`,
    });
    let gradebook: 'sent' | 'queued' | 'none' = result.queued ? 'queued' : 'none';
    if (result.queued) {
      const delivered = await deliverDue(db, { limit: 5 }).catch(() => []);
      if (delivered.some((entry) => entry.outcome === 'delivered')) {
        const row = await db.selectFrom('lti_score_outbox').select('status').where('attempt_id', '=', result.attemptId).executeTakeFirst();
        if (row?.status === 'delivered') gradebook = 'sent';
      }
    }
    // The course's LRS, if it has one, gets the statements now when it answers (else the sweeper retries them).
    await deliverDueStatements(db, { limit: 50, timeoutMs: 3_000 }).catch(() => []);
    const feedback = target.assignment.feedback;
    const byId = new Map(questions.map((question) => [question.id, question]));
    return Response.json(
      {
        attemptNumber: result.attemptNumber,
        correct: result.correct,
        total: result.total,
        percent: result.percent,
        reportedScore: result.reportedScore,
        scoreMaximum: result.scoreMaximum,
        attemptsLeft: result.attemptsLeft,
        gradebook,
        // Per-question marks only as far as the assignment's feedback level allows; never the right answer.
        questions:
          feedback === 'none'
            ? []
            : result.answers.map((answer) => ({
                questionId: answer.questionId,
                correct: answer.correct,
                ...(feedback === 'explanation' ? { explanation: byId.get(answer.questionId)?.explanation } : {}),
              })),
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    return errorJson(error, 'attempt');
  }
}
