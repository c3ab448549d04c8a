'use client';
/**
 * Deep linking: the instructor picks a lesson's check-up or quiz rounds and their graded settings (lib/assignment), or, ungraded, a
 * lesson, widget, checklist or quiz round to practise (lib/lti/practice-links.ts); the tool signs the choice and this
 * page posts it back to the LMS, which adds the activity (and, for the check-up, its gradebook column).
 */
import { useState } from 'react';
import { ASSIGNMENT_VERSION, FEEDBACK_LEVELS, type GradedAssignment } from '@/lib/assignment/settings';
import { Button } from '@/components/ui/Button';
import { useLaunchSession, type ApiError } from './useLaunchSession';

export type PickableLesson = { slug: string; title: string; questionCount: number };
export type PickableItem = { id: string; title: string };
/** What can be added, each with the list the teacher picks from (a check-up is the only graded kind). */
export type PickerChoices = { lessons: PickableItem[]; widgets: PickableItem[]; checklists: PickableItem[]; rounds: PickableItem[] };

type Kind = 'check-up' | 'quiz' | 'lesson' | 'widget' | 'checklist' | 'round';
const KINDS: { kind: Kind; label: string; list: keyof PickerChoices | null; itemLabel: string }[] = [
  { kind: 'check-up', label: 'A graded check-up (score to the gradebook)', list: null, itemLabel: 'Lesson' },
  { kind: 'quiz', label: 'Graded quiz rounds (score to the gradebook)', list: null, itemLabel: 'Rounds' },
  { kind: 'lesson', label: 'A lesson to read (not graded)', list: 'lessons', itemLabel: 'Lesson to add' },
  { kind: 'widget', label: 'A widget to practise with (not graded)', list: 'widgets', itemLabel: 'Widget' },
  { kind: 'checklist', label: 'A checklist (not graded)', list: 'checklists', itemLabel: 'Checklist' },
  { kind: 'round', label: 'A round of the responsibility quiz (not graded)', list: 'rounds', itemLabel: 'Quiz round' },
];

const FEEDBACK_LABELS: Record<(typeof FEEDBACK_LEVELS)[number], string> = {
  none: 'Only the score, after submitting',
  'right-wrong': 'Right or wrong for each question',
  explanation: 'Right or wrong, with the explanation',
};

const field = 'rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900';

export function ContentPicker({ lessons, choices }: { lessons: PickableLesson[]; choices: PickerChoices }) {
  const { token, call } = useLaunchSession();
  const [kind, setKind] = useState<Kind>('check-up');
  const [picked, setPicked] = useState<Record<keyof PickerChoices, string>>({
    lessons: choices.lessons[0]?.id ?? '',
    widgets: choices.widgets[0]?.id ?? '',
    checklists: choices.checklists[0]?.id ?? '',
    rounds: choices.rounds[0]?.id ?? '',
  });
  const [lesson, setLesson] = useState(lessons[0]?.slug ?? '');
  const [gradedRounds, setGradedRounds] = useState<string[]>(choices.rounds.slice(0, 1).map((round) => round.id));
  const [title, setTitle] = useState('');
  const [attempts, setAttempts] = useState('1');
  const [feedback, setFeedback] = useState<GradedAssignment['feedback']>('right-wrong');
  const [scoreMaximum, setScoreMaximum] = useState('100');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  const current = KINDS.find((entry) => entry.kind === kind)!;
  const list = current.list ? choices[current.list] : [];
  const graded = kind === 'check-up' || kind === 'quiz';
  const roundTitles = choices.rounds.filter((round) => gradedRounds.includes(round.id)).map((round) => round.title);
  const placeholder =
    kind === 'check-up'
      ? `Check-up: ${lessons.find((entry) => entry.slug === lesson)?.title ?? ''}`
      : kind === 'quiz'
        ? roundTitles.length === 1
          ? `Quiz round: ${roundTitles[0]}`
          : `Quiz: ${roundTitles.length} rounds`
        : (list.find((entry) => entry.id === picked[current.list!])?.title ?? '');

  const submit = async () => {
    setSending(true);
    setError(null);
    const assignment: GradedAssignment = {
      v: ASSIGNMENT_VERSION,
      mode: 'graded',
      parts: [kind === 'quiz' ? 'quiz' : 'check-up'],
      rounds: kind === 'quiz' ? gradedRounds : [],
      attempts: attempts === 'unlimited' ? 'unlimited' : Number(attempts),
      feedback,
    };
    const pick =
      kind === 'check-up'
        ? { kind, lesson, title: title || undefined, scoreMaximum: Number(scoreMaximum), assignment }
        : kind === 'quiz'
          ? { kind, rounds: gradedRounds, title: title || undefined, scoreMaximum: Number(scoreMaximum), assignment }
          : { kind, [kind]: picked[current.list!], title: title || undefined };
    const answer = await call<{ returnUrl: string; jwt: string }>('/lti/api/deep-link', { method: 'POST', body: JSON.stringify(pick) });
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
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">Add to your course</h1>
      {token === null && <p role="alert">This page is opened by your LMS when you add an activity from this tool.</p>}
      <label className="grid gap-1">
        <span className="font-medium">What to add</span>
        <select className={field} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {KINDS.map((entry) => (
            <option key={entry.kind} value={entry.kind}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      {kind === 'check-up' ? (
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
      ) : kind === 'quiz' ? (
        <fieldset className="grid gap-2">
          <legend className="font-medium">Rounds that count</legend>
          {choices.rounds.map((round) => (
            <label key={round.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="h-4 w-4 accent-accent-700"
                checked={gradedRounds.includes(round.id)}
                onChange={(event) =>
                  setGradedRounds(choices.rounds.map((entry) => entry.id).filter((id) => (id === round.id ? event.target.checked : gradedRounds.includes(id))))
                }
              />
              <span>{round.title}</span>
            </label>
          ))}
          {gradedRounds.length === 0 && <p className="text-sm text-zinc-700 dark:text-zinc-300">Pick at least one round.</p>}
        </fieldset>
      ) : (
        <label className="grid gap-1">
          <span className="font-medium">{current.itemLabel}</span>
          <select className={field} value={picked[current.list!]} onChange={(event) => setPicked({ ...picked, [current.list!]: event.target.value })}>
            {list.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="grid gap-1">
        <span className="font-medium">Activity title (optional)</span>
        <input className={field} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} placeholder={placeholder} />
      </label>
      {graded && (
        <>
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
        </>
      )}
      {error && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{error.message}</p>
          {error.fix && <p>{error.fix}</p>}
        </div>
      )}
      <div>
        <Button type="submit" disabled={sending || !token || (kind === 'quiz' && gradedRounds.length === 0)}>
          {sending ? 'Adding…' : 'Add to the course'}
        </Button>
      </div>
    </form>
  );
}
