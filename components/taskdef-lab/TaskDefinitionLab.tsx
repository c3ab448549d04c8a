'use client';
/**
 * The task-definition lab: the learner edits a Fargate task definition with planted problems in a code editor and
 * sees the course's rule engine's findings as they type (lib/taskdef/lab.ts), each linked to the lesson section and
 * the AWS page behind it. CodeMirror loads only when the lab comes near the screen; until then, or if it cannot
 * load, the same text sits in a plain text area that works the same way.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EditorView } from '@codemirror/view';
import { useNearViewport } from '@/components/architecture-diagram/useNearViewport';
import { recordResult } from '@/components/learner/actions';
import { Button } from '@/components/ui/Button';
import { makeResult } from '@/lib/results';
import { labState, labSummary, PLANTED } from '@/lib/taskdef/lab';
import { RULES } from '@/lib/taskdef/rules';
import type { taskDefinitionLabWidget } from './widget';
import { Findings } from './Findings';

type Descriptor = typeof taskDefinitionLabWidget;
const LABEL = 'Task definition (JSON)';

export function TaskDefinitionLab({ start, headingLevel = 3 }: { start: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // One level below the lab's own title, wherever it sits (h2 in an embed, h3 in a lesson).
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const rootRef = useRef<HTMLElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const near = useNearViewport(rootRef, '600px');
  const [editor, setEditor] = useState<'waiting' | 'ready' | 'failed'>('waiting');
  const [text, setText] = useState(start);
  const [settled, setSettled] = useState(start);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const hintId = useId();
  const state = useMemo(() => labState(settled), [settled]);
  const latest = useRef(start);
  const loading = useRef(false);
  const handedInSolved = useRef(false);
  const edit = (next: string) => {
    latest.current = next;
    setText(next);
  };

  useEffect(() => {
    if (!near || loading.current) return;
    loading.current = true;
    let cancelled = false;
    import('./editor')
      .then(({ createEditor }) => {
        if (cancelled || !hostRef.current) return;
        viewRef.current = createEditor(hostRef.current, latest.current, edit, LABEL, hintId);
        setEditor('ready');
      })
      .catch(() => {
        if (!cancelled) setEditor('failed');
      });
    return () => {
      cancelled = true;
      loading.current = false;
    };
  }, [near, hintId]);

  useEffect(() => () => viewRef.current?.destroy(), []);

  const handIn = (score: number) => {
    recordResult(
      makeResult({
        widget: 'taskdef-lab' satisfies Descriptor['result'],
        lesson: 'fargate-security' satisfies Descriptor['embed']['lesson'],
        score,
        max: PLANTED.length,
      }),
    );
    setSubmitted(score);
  };

  // Findings follow the text once typing pauses, so they do not flicker (and a screen reader is not flooded).
  // Solving it hands it in once per solve; "Hand in" records a partial score on demand (graded per fixed problem).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(text);
      const solved = labState(text).solved;
      if (solved && !handedInSolved.current) handIn(PLANTED.length);
      handedInSolved.current = solved;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [text]);

  const reset = () => {
    if (viewRef.current) {
      void import('./editor').then(({ replaceText }) => viewRef.current && replaceText(viewRef.current, start));
    } else edit(start);
    setSubmitted(null);
  };

  return (
    <section ref={rootRef} aria-labelledby={`${hintId}-title`} className="not-prose my-8 text-zinc-900 dark:text-zinc-100">
      <div className="rounded-xl border border-zinc-200 bg-white p-3 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-950">
        <Heading id={`${hintId}-title`} className="text-lg font-semibold">
          Harden orders-api
        </Heading>
        <p id={hintId} className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          This Fargate task definition for <code>orders-api</code> has {PLANTED.length} planted problems. Edit it until no finding is left: the findings update
          as you type. Tab leaves the editor; Ctrl+Z undoes.
        </p>
        <div className="mt-4 rounded-lg border border-zinc-300 dark:border-zinc-700">
          {editor === 'failed' ? (
            <textarea
              aria-label={LABEL}
              aria-describedby={hintId}
              value={text}
              spellCheck={false}
              onChange={(event) => edit(event.target.value)}
              rows={24}
              className="block w-full resize-y bg-transparent p-3 font-mono text-sm"
            />
          ) : (
            <div ref={hostRef} data-editor={editor}>
              {editor !== 'ready' && <pre className="m-0 overflow-x-auto p-3 text-sm whitespace-pre-wrap">{text}</pre>}
            </div>
          )}
        </div>
        <p role="status" className="mt-4 text-sm font-medium">
          {labSummary(state)}
        </p>
        {state.problem && <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{state.problem.message}</p>}
        <Findings findings={state.findings} />
        <SubHeading className="mt-6 text-sm font-semibold">Planted problems</SubHeading>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {PLANTED.map((rule) => {
            const fixed = state.fixed.includes(rule);
            return (
              <li key={rule} className={fixed ? 'text-emerald-800 dark:text-emerald-300' : 'text-zinc-700 dark:text-zinc-300'}>
                <span aria-hidden="true">{fixed ? '✓ ' : '○ '}</span>
                {RULES[rule].title}
                <span className="sr-only">{fixed ? ': fixed' : ': not fixed yet'}</span>
              </li>
            );
          })}
        </ul>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <Button variant="primary" size="md" onClick={() => handIn(state.score)} disabled={state.solved}>
            Hand in ({state.score} of {state.max})
          </Button>
          <Button variant="secondary" size="md" onClick={reset}>
            Start again
          </Button>
          {submitted !== null && (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              Handed in: {submitted} of {state.max} planted problems fixed.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
