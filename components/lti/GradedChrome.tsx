/**
 * What every graded page of a launch shows around its questions (the check-up and the quiz rounds): who opened it
 * and what is graded, and an error from the tool's API with what to do about it.
 */
import type { ApiError } from './useLaunchSession';

/** The launch as /lti/api/session describes it (the fields both graded pages read). */
export type GradedSession = {
  role: 'learner' | 'instructor';
  name: string | null;
  contextTitle: string | null;
  attemptsLeft: number | 'unlimited';
  bestScore: number | null;
  scoreMaximum: number;
};

/** "Signed in from your course as Ann (Course). Graded: 12 cards, 2 attempts left, your best attempt counts." */
export function GradedIntro({ session, what }: { session: GradedSession; what?: string }) {
  const attempts = session.attemptsLeft === 'unlimited' ? 'unlimited attempts' : `${session.attemptsLeft} attempt${session.attemptsLeft === 1 ? '' : 's'} left`;
  const who = session.role === 'instructor' ? 'Instructor preview' : session.name ? `Signed in from your course as ${session.name}` : 'Opened from your course';
  return (
    <p className="mt-1 text-zinc-700 dark:text-zinc-300">
      {who}
      {session.contextTitle ? ` (${session.contextTitle})` : ''}. Graded: {what ? `${what}, ` : ''}
      {attempts}, your best attempt counts.
    </p>
  );
}

export function ApiErrorAlert({ error }: { error: ApiError }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{error.message}</p>
      {error.fix && <p>{error.fix}</p>}
    </div>
  );
}
