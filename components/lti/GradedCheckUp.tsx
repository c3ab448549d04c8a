'use client';
/**
 * A graded check-up opened from an LMS (LTI): the learner answers every question, then submits once; the tool grades
 * on the server and sends the score to the gradebook. Marks appear only as far as the assignment's feedback allows.
 */
import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import type { PublicQuestion } from '@/lib/lti/public-questions';
import type { Answer } from '@/lib/questions/grade';
import { Button } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { useLaunchSession, type ApiError } from './useLaunchSession';
import { RosterPanel } from './RosterPanel';
import { AttemptResult, type AttemptResultData } from './AttemptResult';
import { ApiErrorAlert, GradedIntro, type GradedSession } from './GradedChrome';

// The class view is for instructors only: a learner's page never loads its code.
const ClassResults = dynamic(() => import('./class/ClassResults').then((module) => module.ClassResults));

type Session = GradedSession & { hasRoster: boolean; attemptsUsed: number };
type Result = AttemptResultData;

function QuestionInputs({ question, answer, onChange }: { question: PublicQuestion; answer: Answer | undefined; onChange: (answer: Answer) => void }) {
  if (question.kind === 'order') {
    const order = answer?.kind === 'order' ? answer.stepIds : question.choices.map((choice) => choice.id);
    const move = (index: number, by: -1 | 1) => {
      const next = [...order];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      onChange({ kind: 'order', stepIds: next });
    };
    return (
      <ol className="grid gap-2">
        {order.map((id, index) => {
          const text = question.choices.find((choice) => choice.id === id)!.text;
          return (
            <li key={id} className="flex items-center gap-2 rounded-lg border border-zinc-300 px-3 py-2 dark:border-zinc-700">
              <span className="flex-1">
                {index + 1}. {text}
              </span>
              <Button variant="outline" size="compact" aria-label={`Move "${text}" up`} disabled={index === 0} onClick={() => move(index, -1)}>
                Up
              </Button>
              <Button variant="outline" size="compact" aria-label={`Move "${text}" down`} disabled={index === order.length - 1} onClick={() => move(index, 1)}>
                Down
              </Button>
            </li>
          );
        })}
      </ol>
    );
  }
  const multiple = question.kind === 'multiple';
  const chosen = answer?.kind === 'choice' ? answer.optionIds : answer?.kind === 'true-false' ? [String(answer.value)] : [];
  const pick = (id: string, on: boolean) => {
    if (question.kind === 'true-false') return onChange({ kind: 'true-false', value: id === 'true' });
    onChange({ kind: 'choice', optionIds: multiple ? (on ? [...chosen, id] : chosen.filter((item) => item !== id)) : [id] });
  };
  return (
    <div className="grid gap-2">
      {question.choices.map((choice) => (
        <label key={choice.id} className={choiceClass}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={`q-${question.id}`}
            className="mt-1 h-4 w-4 accent-accent-700"
            checked={chosen.includes(choice.id)}
            onChange={(event) => pick(choice.id, event.target.checked)}
          />
          <span>{choice.text}</span>
        </label>
      ))}
    </div>
  );
}

export function GradedCheckUp({ lessonTitle, questions }: { lessonTitle: string; questions: PublicQuestion[] }) {
  const { token, call } = useLaunchSession();
  const [session, setSession] = useState<Session | null>(null);
  const [answers, setAnswers] = useState<Record<string, { answer: Answer; at: string }>>({});
  const [startedAt] = useState(() => new Date().toISOString());
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (token === undefined) return;
    void call<Session>('/lti/api/session').then((answer) => (answer.ok ? setSession(answer.data) : setError(answer.error)));
  }, [token, call]);

  const submit = async () => {
    setSending(true);
    setError(null);
    const body = { startedAt, answers: Object.entries(answers).map(([questionId, entry]) => ({ questionId, answer: entry.answer, answeredAt: entry.at })) };
    const answer = await call<Result>('/lti/api/attempts', { method: 'POST', body: JSON.stringify(body) });
    setSending(false);
    if (answer.ok) {
      setResult(answer.data);
      setAnswers({});
    } else setError(answer.error);
  };

  const unanswered = questions.filter((question) => question.kind !== 'order' && !answers[question.id]).length;
  const noneLeft = session && session.attemptsLeft !== 'unlimited' && session.attemptsLeft <= 0 && !result;
  const marks = new Map(result?.questions.map((entry) => [entry.questionId, entry]));

  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">Check-up: {lessonTitle}</h1>
        {session && <GradedIntro session={session} />}
      </header>
      {error && <ApiErrorAlert error={error} />}
      {result && <AttemptResult result={result} />}
      {session?.role === 'instructor' && token && <ClassResults call={call} token={token} />}
      {session?.role === 'instructor' && session.hasRoster && <RosterPanel call={call} />}
      {noneLeft ? (
        <p>
          You have used every attempt at this check-up. Your best score is {session.bestScore ?? 0} out of {session.scoreMaximum}.
        </p>
      ) : (
        !result && (
          <form
            className="grid gap-6"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            {questions.map((question, index) => (
              <fieldset key={question.id} className="grid gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <legend className="px-1 font-semibold">
                  Question {index + 1} of {questions.length}
                </legend>
                {question.scenario && <p className="text-zinc-700 dark:text-zinc-300">{question.scenario}</p>}
                <p className="font-medium">{question.prompt}</p>
                <QuestionInputs
                  question={question}
                  answer={answers[question.id]?.answer}
                  onChange={(answer) => setAnswers((current) => ({ ...current, [question.id]: { answer, at: new Date().toISOString() } }))}
                />
                {marks.get(question.id) && <p>{marks.get(question.id)!.correct ? 'Right' : 'Wrong'}</p>}
              </fieldset>
            ))}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={sending || !session || token === null}>
                {sending ? 'Sending…' : 'Submit answers'}
              </Button>
              {unanswered > 0 && (
                <p className="text-zinc-700 dark:text-zinc-300">
                  {unanswered} question{unanswered === 1 ? '' : 's'} not answered yet (an unanswered question counts as wrong).
                </p>
              )}
            </div>
          </form>
        )
      )}
      {result && result.questions.length > 0 && (
        <section aria-labelledby="lti-marks">
          <h2 id="lti-marks" className="text-lg font-semibold">
            Your answers
          </h2>
          <ol className="mt-2 grid gap-2">
            {questions.map((question) => {
              const mark = marks.get(question.id);
              return (
                <li key={question.id}>
                  <span className="font-medium">{mark?.correct ? 'Right' : 'Wrong'}:</span> {question.prompt}
                  {mark?.explanation && <p className="text-zinc-700 dark:text-zinc-300">{mark.explanation}</p>}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {result && (result.attemptsLeft === 'unlimited' || result.attemptsLeft > 0) && (
        <p>
          <Button variant="secondary" onClick={() => setResult(null)}>
            Start another attempt
          </Button>
        </p>
      )}
    </div>
  );
}
