'use client';
/**
 * Graded rounds of the responsibility quiz opened from an LMS (LTI): for each card the learner picks who manages it
 * (a radio group per card: keyboard and screen reader friendly, no dragging), then submits once. The page holds no
 * answers: the tool recomputes the score from the round definitions bound to the launch (lib/lti/quiz-grading.ts)
 * and sends it to the gradebook.
 */
import { useEffect, useState } from 'react';
import { ZONE_LABELS } from '@/lib/quiz/announce';
import type { Owner } from '@/lib/quiz/types';
import type { PublicRound } from '@/lib/lti/quiz-grading';
import { Button } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { useLaunchSession, type ApiError } from './useLaunchSession';
import { AttemptResult, type AttemptResultData } from './AttemptResult';
import { ApiErrorAlert, GradedIntro, type GradedSession } from './GradedChrome';

type Session = GradedSession & { kind?: 'check-up' | 'quiz'; rounds?: string[] };

type Placed = Record<string, { placements: Record<string, Owner>; at: string }>;

export function GradedQuiz({ rounds }: { rounds: PublicRound[] }) {
  const { token, call } = useLaunchSession();
  const [session, setSession] = useState<Session | null>(null);
  const [placed, setPlaced] = useState<Placed>({});
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<AttemptResultData | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (token === undefined) return;
    void call<Session>('/lti/api/session').then((answer) => {
      if (!answer.ok) return setError(answer.error);
      if (answer.data.kind !== 'quiz') return setError({ message: 'This launch is not a graded quiz.', fix: 'Open the activity again from your course page.' });
      setSession(answer.data);
    });
  }, [token, call]);

  const shown = session?.rounds ? session.rounds.map((id) => rounds.find((round) => round.id === id)).filter((round) => round !== undefined) : [];
  const cardCount = shown.reduce((sum, round) => sum + round.cards.length, 0);
  const unplaced = shown.reduce((sum, round) => sum + round.cards.filter((card) => !placed[round.id]?.placements[card.id]).length, 0);
  const noneLeft = session && session.attemptsLeft !== 'unlimited' && session.attemptsLeft <= 0 && !result;
  const marks = new Map(result?.questions.map((entry) => [entry.questionId, entry]));

  const place = (roundId: string, cardId: string, zone: Owner) =>
    setPlaced((current) => ({
      ...current,
      [roundId]: { placements: { ...current[roundId]?.placements, [cardId]: zone }, at: new Date().toISOString() },
    }));

  const submit = async () => {
    setSending(true);
    setError(null);
    const body = {
      kind: 'quiz',
      startedAt,
      rounds: Object.entries(placed).map(([roundId, entry]) => ({ roundId, placements: entry.placements, answeredAt: entry.at })),
    };
    const answer = await call<AttemptResultData>('/lti/api/attempts', { method: 'POST', body: JSON.stringify(body) });
    setSending(false);
    if (answer.ok) {
      setResult(answer.data);
      setPlaced({});
    } else setError(answer.error);
  };

  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">Quiz: who is responsible?</h1>
        {session && <GradedIntro session={session} what={`${cardCount} cards`} />}
      </header>
      {error && <ApiErrorAlert error={error} />}
      {result && <AttemptResult result={result} />}
      {noneLeft ? (
        <p>
          You have used every attempt at this quiz. Your best score is {session.bestScore ?? 0} out of {session.scoreMaximum}.
        </p>
      ) : (
        !result &&
        session && (
          <form
            className="grid gap-8"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            {shown.map((round) => (
              <section key={round.id} aria-labelledby={`round-${round.id}`} className="grid gap-4">
                <div>
                  <h2 id={`round-${round.id}`} className="text-xl font-semibold">
                    {round.title}
                  </h2>
                  <p className="text-zinc-700 dark:text-zinc-300">{round.description}</p>
                </div>
                {round.cards.map((card) => (
                  <fieldset key={card.id} className="grid gap-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                    <legend className="px-1 font-semibold">{card.label}</legend>
                    <p className="text-sm text-zinc-700 dark:text-zinc-300">{card.hint}</p>
                    <div className="grid gap-2 sm:grid-cols-3">
                      {round.zones.map((zone) => (
                        <label key={zone} className={choiceClass}>
                          <input
                            type="radio"
                            name={`${round.id}-${card.id}`}
                            className="mt-1 h-4 w-4 accent-accent-700"
                            checked={placed[round.id]?.placements[card.id] === zone}
                            onChange={() => place(round.id, card.id, zone)}
                          />
                          <span>{ZONE_LABELS[zone]}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
              </section>
            ))}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={sending || token === null}>
                {sending ? 'Sending…' : 'Submit answers'}
              </Button>
              {unplaced > 0 && (
                <p className="text-zinc-700 dark:text-zinc-300">
                  {unplaced} card{unplaced === 1 ? '' : 's'} not placed yet (a card left unplaced counts as wrong).
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
            {shown.flatMap((round) =>
              round.cards.map((card) => {
                const mark = marks.get(`${round.id}/${card.id}`);
                return (
                  <li key={`${round.id}/${card.id}`}>
                    <span className="font-medium">{mark?.correct ? 'Right' : 'Wrong'}:</span> {card.label} ({round.title})
                    {mark?.explanation && <p className="text-zinc-700 dark:text-zinc-300">{mark.explanation}</p>}
                  </li>
                );
              }),
            )}
          </ol>
        </section>
      )}
      {result && (result.attemptsLeft === 'unlimited' || result.attemptsLeft > 0) && (
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setResult(null);
              setStartedAt(new Date().toISOString()); // each attempt's time is its own
            }}
          >
            Start another attempt
          </Button>
        </p>
      )}
    </div>
  );
}
