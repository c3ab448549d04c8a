/**
 * A finished graded item from the launched page: the learner's choices only (a check-up's chosen options, or where
 * each quiz card was placed). Graded here against the course's own definitions bound to the launch's target
 * (lib/lti/grading.ts, lib/lti/quiz-grading.ts), stored with the score in the outbox (lib/lti/attempts.ts), and
 * delivered to the gradebook at once when the platform answers (else by the outbox sweeper later).
 */
import { LtiError } from '@/lib/lti/errors';
import { gradeQuizSubmission, quizSubmissionSchema } from '@/lib/lti/quiz-grading';
import { recordAttempt, recordGradedAttempt, type RecordedAttempt } from '@/lib/lti/attempts';
import { parseTarget, submissionSchema } from '@/lib/lti/grading';
import { errorJson, toolOrigin } from '@/lib/lti/http';
import { deliverDueStatements, quizAttemptStatements } from '@/lib/lti/class/lrs';
import { getLessons } from '@/lib/content/lessons';
import { launchForSession } from '@/lib/lti/launch';
import { deliverDue } from '@/lib/lti/outbox';
import { toolDb } from '@/lib/lti/server';
import { getQuestionBank } from '@/lib/questions/load';
import { getResponsibilityMatrix, prepareRounds } from '@/lib/quiz/matrix';

export const dynamic = 'force-dynamic';

const badForm = () => new LtiError('request', 'The answers were not in the expected form.', 'Reload the activity and answer again.');

export async function POST(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const body: unknown = await request.json().catch(() => null);
    const target = parseTarget(launch.target);
    const now = new Date();
    const origin = toolOrigin(request);
    let result: RecordedAttempt;
    // Feedback per answer: a check-up question's explanation, or a quiz card's (only at the "explanation" level).
    let explanations: Map<string, string | undefined>;
    if (target.kind === 'check-up') {
      const submission = submissionSchema.safeParse(body);
      if (!submission.success) throw badForm();
      const questions = getQuestionBank().filter((question) => question.lesson === target.lesson);
      const lessonTitle = getLessons().find((lesson) => lesson.slug === target.lesson)?.title ?? target.lesson;
      result = await recordAttempt(db, launch, target, questions, submission.data, now, { origin, itemName: `Check-up: ${lessonTitle}` });
      explanations = new Map(questions.map((question) => [question.id, question.explanation]));
    } else {
      const submission = quizSubmissionSchema.safeParse(body);
      if (!submission.success) throw badForm();
      const matrix = getResponsibilityMatrix();
      let rounds: ReturnType<typeof prepareRounds>;
      try {
        rounds = prepareRounds(matrix, target.rounds);
      } catch {
        throw new LtiError('claims', 'This quiz link names a round the course no longer has.', "Add the activity again with the tool's content picker.");
      }
      const graded = gradeQuizSubmission(rounds, submission.data, now);
      const startedAt = new Date(submission.data.startedAt);
      const itemName = `Responsibility quiz: ${rounds.map((round) => round.title).join(', ')}`;
      result = await recordGradedAttempt(db, launch, target, graded, startedAt, now, (actor, attemptId) =>
        quizAttemptStatements({ origin, actor, attemptId, target, itemName, lesson: matrix.lesson, rounds, graded, startedAt, now }),
      );
      explanations = new Map(rounds.flatMap((round) => round.cards.map((card) => [`${round.id}/${card.id}`, card.explanation] as const)));
    }
    let gradebook: 'sent' | 'queued' | 'none' = result.queued ? 'queued' : 'none';
    if (result.queued) {
      const delivered = await deliverDue(db, { limit: 5 }).catch(() => []);
      if (delivered.some((entry) => entry.outcome === 'delivered')) {
        const row = await db.selectFrom('lti_score_outbox').select('status').where('attempt_id', '=', result.attemptId).executeTakeFirst();
        if (row?.status === 'delivered') gradebook = 'sent';
      }
    }
    // The course's LRS, if it has one, gets this attempt's statements now when it answers quickly (else the sweeper
    // retries them): never more than a few seconds on the learner's submission.
    await deliverDueStatements(db, { limit: 50, timeoutMs: 3_000, deadlineMs: 4_000, filter: { attemptId: result.attemptId } }).catch(() => []);
    const feedback = target.assignment.feedback;
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
        // Per-answer marks only as far as the assignment's feedback level allows; never the right answer.
        questions:
          feedback === 'none'
            ? []
            : result.answers.map((answer) => ({
                questionId: answer.questionId,
                correct: answer.correct,
                ...(feedback === 'explanation' ? { explanation: explanations.get(answer.questionId) } : {}),
              })),
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    return errorJson(error, 'attempt');
  }
}
