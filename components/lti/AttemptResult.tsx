/**
 * What a graded LTI item (a check-up, or quiz rounds) shows once the server has graded an attempt: the mark, the
 * score sent and where it went. Shared by GradedCheckUp and GradedQuiz, which both post to /lti/api/attempts.
 */
export type AttemptResultData = {
  attemptNumber: number;
  correct: number;
  total: number;
  reportedScore: number;
  scoreMaximum: number;
  attemptsLeft: number | 'unlimited';
  gradebook: 'sent' | 'queued' | 'none';
  questions: { questionId: string; correct: boolean; explanation?: string }[];
};

const GRADEBOOK: Record<AttemptResultData['gradebook'], string> = {
  sent: 'Your score is in the course gradebook.',
  queued: 'Your score is saved and will reach the course gradebook as soon as the LMS answers.',
  none: 'This activity does not send scores to a gradebook.',
};

export function AttemptResult({ result }: { result: AttemptResultData }) {
  return (
    <section aria-labelledby="lti-result" className="rounded-lg border border-accent-300 bg-accent-50 p-4 dark:border-accent-700 dark:bg-accent-700/25">
      <h2 id="lti-result" className="text-lg font-semibold">
        Attempt {result.attemptNumber}: {result.correct} of {result.total} right
      </h2>
      <p role="status">
        Score sent: {result.reportedScore} out of {result.scoreMaximum}. {GRADEBOOK[result.gradebook]}
      </p>
    </section>
  );
}
