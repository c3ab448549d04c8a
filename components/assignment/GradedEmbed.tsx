'use client';
/**
 * A graded embed (`?mode=graded...`, lib/assignment): gives the widgets their GradedView, and shows the attempt
 * above them: what is left to answer, the score of a submitted attempt, and "Start a new attempt" while attempts
 * remain. The grade itself is kept by the LMS side (the SCORM launcher); this panel mirrors it with the same rules
 * (lib/assignment/attempt.ts) and takes the launcher's `attempt-status` over its own count.
 * Restrictions start from the first paint (strictest: no feedback) and relax to the assignment once its schema
 * has loaded, so a learner never sees a solution while the settings load. The schema and the attempt rules are
 * imported only by a graded embed: a practice embed's first load carries neither (issue 29: an embed stays lighter
 * than the same lesson on the site, e2e/budgets.spec.ts).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { RESULT_EVENT } from '@/lib/result-event';
import type { WidgetResult } from '@/lib/results';
import { isGradedQuery } from '@/lib/assignment/keys';
import type { GradedAssignment } from '@/lib/assignment/settings';
import type { AttemptTally } from '@/lib/assignment/attempt';
import { ATTEMPT_STATUS_EVENT, type AttemptStatusPayload } from '@/lib/embed/protocol';
import { GradedContext, type GradedView } from './context';

const noSubscription = () => () => {};
/** The attempt rules (lib/assignment/attempt.ts), imported with the assignment's schema: only a graded embed needs them. */
type Rules = typeof import('@/lib/assignment/attempt');
/** Before the rules load: nothing submitted, nothing answered (the same as the rules' EMPTY_TALLY). */
const NO_ATTEMPT: AttemptTally = { submitted: 0, best: null, last: null, current: {} };

export type Available = { checkUp: boolean; rounds: readonly string[] };

/** `startButtonClass`: the "Start a new attempt" button's look, computed on the server (no Button tables in every embed). */
export function GradedEmbed({ available, startButtonClass, children }: { available: Available; startButtonClass: string; children: React.ReactNode }) {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  const graded = search !== null && isGradedQuery(search);
  const [assignment, setAssignment] = useState<GradedAssignment | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [rules, setRules] = useState<Rules | null>(null);
  const [tally, setTally] = useState<AttemptTally>(NO_ATTEMPT);
  const [launcher, setLauncher] = useState<AttemptStatusPayload | null>(null);

  useEffect(() => {
    if (!graded || search === null) return;
    let live = true;
    void Promise.all([import('@/lib/assignment/settings'), import('@/lib/assignment/attempt')]).then(([{ parseAssignmentQuery }, loadedRules]) => {
      if (!live) return;
      setRules(() => loadedRules);
      const parts = [...(available.checkUp ? (['check-up'] as const) : []), ...(available.rounds.length ? (['quiz'] as const) : [])];
      const parsed = parseAssignmentQuery(search, parts);
      if (parsed.assignment.mode === 'graded') setAssignment(parsed.assignment);
      setProblems(parsed.problems);
    });
    return () => {
      live = false;
    };
  }, [graded, search, available]);

  const required = useMemo(() => (assignment && rules ? rules.requiredParts(assignment, available) : []), [assignment, rules, available]);

  useEffect(() => {
    if (!assignment || !rules) return;
    const onResult = (event: Event) => {
      const result = (event as CustomEvent<WidgetResult>).detail;
      const part = rules.partOf(result);
      if (!part) return;
      setTally((current) => {
        const outcome = rules.recordPart(current, part, result, { required, attempts: assignment.attempts, passMark: assignment.passMark ?? 80 });
        return outcome.kind === 'ignored' ? current : outcome.tally;
      });
    };
    window.addEventListener(RESULT_EVENT, onResult);
    return () => window.removeEventListener(RESULT_EVENT, onResult);
  }, [assignment, rules, required]);

  // From the first render: the launcher answers the embed's `ready` before the assignment's schema has loaded.
  useEffect(() => {
    if (!graded) return;
    const onStatus = (event: Event) => setLauncher((event as CustomEvent<AttemptStatusPayload>).detail);
    window.addEventListener(ATTEMPT_STATUS_EVENT, onStatus);
    return () => window.removeEventListener(ATTEMPT_STATUS_EVENT, onStatus);
  }, [graded]);

  const view: GradedView | null = useMemo(
    () => (graded ? { feedback: assignment?.feedback ?? 'none', rounds: assignment && assignment.rounds.length ? assignment.rounds : null, attempt } : null),
    [graded, assignment, attempt],
  );

  if (!graded) return <>{children}</>;
  const shown = launcher && rules ? rules.withLauncherStatus(tally, launcher) : tally;
  const answered = required.filter((part) => part in shown.current).length;
  const canStart = assignment && rules ? (launcher ? launcher.canStart : rules.canStartAttempt(shown, assignment.attempts)) : false;

  const startNewAttempt = async () => {
    // Quiz rounds keep their state in the learner store: a new attempt starts each counted round afresh, before the
    // widgets remount for it (through the learner actions, like every change to the record). The store's and the rounds' code is imported here, not with the embed's first load.
    const [{ clearWidgetSlices }, { roundStorageKey }] = await Promise.all([import('@/components/learner/actions'), import('@/lib/quiz/round')]);
    clearWidgetSlices(required.filter((part) => part.startsWith('round:')).map((part) => roundStorageKey(part.slice(6))));
    setTally((current) => ({ ...current, current: {} }));
    setLauncher((current) => (current ? { ...current, answered: [] } : current));
    setAttempt((current) => current + 1);
  };

  return (
    <GradedContext.Provider value={view}>
      <section
        aria-label="Your graded attempt"
        className="mb-4 rounded-lg border border-zinc-300 bg-zinc-50 px-4 py-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {assignment && rules ? (
          <>
            <p className="font-semibold text-zinc-950 dark:text-white">
              Graded: {rules.attemptLabel(shown, assignment.attempts)}
              {shown.last && Object.keys(shown.current).length === 0
                ? ''
                : ` · ${answered} of ${required.length} ${required.length === 1 ? 'part' : 'parts'} answered`}
            </p>
            <p role="status" className="mt-1 text-zinc-700 dark:text-zinc-300">
              {shown.submitted && Object.keys(shown.current).length === 0
                ? `${shown.last ? `Your last attempt scored ${shown.last.percent}%. ` : ''}${shown.best ? `Best: ${shown.best.percent}%. ` : ''}${canStart ? 'You may start a new attempt: every part starts afresh.' : 'No attempts left.'}`
                : 'Answer every part below: your score is sent when all of them are answered. Solutions and answer keys are not shown in a graded attempt.'}
            </p>
            {shown.submitted && Object.keys(shown.current).length === 0 && canStart ? (
              <button type="button" className={startButtonClass} onClick={() => void startNewAttempt()}>
                Start a new attempt
              </button>
            ) : null}
          </>
        ) : (
          <p>Graded: loading the assignment…</p>
        )}
        {problems.length ? <p className="mt-1 text-zinc-700 dark:text-zinc-300">This assignment’s address has errors; the strictest settings apply.</p> : null}
      </section>
      {children}
    </GradedContext.Provider>
  );
}
