'use client';
/**
 * Deep linking: the instructor picks a lesson's check-up and its graded settings (lib/assignment); the tool signs the
 * choice and this page posts it back to the LMS, which adds the activity and its gradebook column.
 */
import { useState } from 'react';
import { ASSIGNMENT_VERSION, FEEDBACK_LEVELS, type GradedAssignment } from '@/lib/assignment/settings';
import { Button } from '@/components/ui/Button';
import { useLaunchSession, type ApiError } from './useLaunchSession';

export type PickableLesson = { slug: string; title: string; questionCount: number };

const FEEDBACK_LABELS: Record<(typeof FEEDBACK_LEVELS)[number], string> = {
  none: 'Only the score, after submitting',
  'right-wrong': 'Right or wrong for each question',
  explanation: 'Right or wrong, with the explanation',
};

const field = 'rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900';

export function ContentPicker({ lessons }: { lessons: PickableLesson[] }) {
  const { token, call } = useLaunchSession();
  const [lesson, setLesson] = useState(lessons[0]?.slug ?? '');
  const [title, setTitle] = useState('');
  const [attempts, setAttempts] = useState('1');
  const [feedback, setFeedback] = useState<GradedAssignment['feedback']>('right-wrong');
  const [scoreMaximum, setScoreMaximum] = useState('100');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async () => {
    setSending(true);
    setError(null);
    const assignment: GradedAssignment = { v: ASSIGNMENT_VERSION, mode: 'graded', parts: ['check-up'], rounds: [], attempts: attempts === 'unlimited' ? 'unlimited' : Number(attempts), feedback };
    const answer = await call<{ returnUrl: string; jwt: string }>('/lti/api/deep-link', { method: 'POST', body: JSON.stringify({ lesson, title: title || undefined, scoreMaximum: Number(scoreMaximum), assignment }) });
    if (!answer.ok) {
      setSending(false);
      setError(answer.error);
      return;
    }
    // The LTI way back: a form POST of the signed response to the platform's return URL.
    const form = document.createElement('form');
    form.method = 'post';
    form.action = answer.data.returnUrl;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'JWT';
    input.value = answer.data.jwt;
    form.append(input);
    document.body.append(form);
    form.submit();
  };

  return (
    <form
      className="grid max-w-xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">Add a graded check-up</h1>
      {token === null && (
        <p role="alert">This page is opened by your LMS when you add an activity from this tool.</p>
      )}
      <label className="grid gap-1">
        <span className="font-medium">Lesson</span>
        <select className={field} value={lesson} onChange={(event) => setLesson(event.target.value)}>
          {lessons.map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {entry.title} ({entry.questionCount} questions)
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Activity title (optional)</span>
        <input className={field} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} placeholder={`Check-up: ${lessons.find((entry) => entry.slug === lesson)?.title ?? ''}`} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Attempts allowed</span>
        <select className={field} value={attempts} onChange={(event) => setAttempts(event.target.value)}>
          {['1', '2', '3', '5', '10', 'unlimited'].map((value) => (
            <option key={value} value={value}>
              {value === 'unlimited' ? 'Unlimited' : value}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Feedback after submitting</span>
        <select className={field} value={feedback} onChange={(event) => setFeedback(event.target.value as GradedAssignment['feedback'])}>
          {FEEDBACK_LEVELS.map((value) => (
            <option key={value} value={value}>
              {FEEDBACK_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Maximum grade</span>
        <input className={field} type="number" min={1} max={1000} required value={scoreMaximum} onChange={(event) => setScoreMaximum(event.target.value)} />
      </label>
      {error && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{error.message}</p>
          {error.fix && <p>{error.fix}</p>}
        </div>
      )}
      <div>
        <Button type="submit" disabled={sending || !token}>
          {sending ? 'Adding…' : 'Add to the course'}
        </Button>
      </div>
    </form>
  );
}
