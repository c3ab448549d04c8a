'use client';
/**
 * The embed's side of the message protocol (lib/embed/protocol.ts): posts `ready`, `resize` (from a
 * ResizeObserver on the content, at most once per animation frame and only when the height changed, so a host
 * that sizes the frame cannot start a loop) and one `result` per finished attempt; accepts `set-theme` and
 * `request-resize` from the parent window only. (Links out and the storage note are handled before hydration by
 * the inline bootstrap, lib/theme.ts EMBED_BOOTSTRAP_SCRIPT.)
 */
import { useEffect } from 'react';
// The event name alone (lib/result-event.ts): lib/results.ts would bring its guards into every embed.
import { RESULT_EVENT } from '@/lib/result-event';
import type { WidgetResult } from '@/lib/results';
import {
  ATTEMPT_STATUS_EVENT,
  embedMessage,
  isTrustedSender,
  parentOriginFrom,
  parseHostMessage,
  targetOriginFor,
  type EmbedMessage,
  type EmbedTheme,
} from '@/lib/embed/protocol';

export type EmbedRuntimeProps = {
  path: string;
  title: string;
  objectId: string;
  kind: 'lesson' | 'widget';
  /** Result `widget` names that are graded (lib/embed/targets.ts), passed in so the registry stays on the server. */
  graded: string[];
};

export const EMBED_ROOT_ID = 'embed-root';

function applyTheme(theme: EmbedTheme) {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

export function EmbedRuntime({ path, title, objectId, kind, graded: gradedWidgets }: EmbedRuntimeProps) {
  useEffect(() => {
    const root = document.getElementById(EMBED_ROOT_ID);
    if (!root) return;
    const parentOrigin = parentOriginFrom(window.location.search);
    const framed = window.parent !== window;
    const targetOrigin = targetOriginFor(parentOrigin);
    const post = (message: EmbedMessage) => {
      if (framed) window.parent.postMessage(message, targetOrigin);
    };

    const measure = () => Math.ceil(root.getBoundingClientRect().height);
    let lastHeight = measure();
    let frame = 0;
    const sendHeight = (always: boolean) => {
      frame = 0;
      const height = measure();
      if (!always && height === lastHeight) return;
      lastHeight = height;
      post(embedMessage('resize', { height }));
    };
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(() => sendHeight(false));
    });
    observer.observe(root);
    post(embedMessage('ready', { path, title, height: lastHeight }));

    // An attempt lasts from the first interaction after the previous result (or after loading) to its result.
    let startedAt: number | null = null;
    const loadedAt = Date.now();
    const onInteraction = () => {
      startedAt ??= Date.now();
    };
    const onResult = (event: Event) => {
      const result = (event as CustomEvent<WidgetResult>).detail;
      const completed = Date.parse(result.completedAt);
      const durationMs = Math.max(0, Math.round(completed - (startedAt ?? loadedAt)));
      startedAt = null;
      const graded = gradedWidgets.includes(result.widget);
      // The statement builder loads with the first result, not with the page.
      void import('./resultStatement').then(({ activityIri, buildAnsweredStatements, buildStatement, randomUuid }) => {
        const attemptId = randomUuid();
        const origin = new URL(objectId).origin;
        // A quiz round's result is about the round, a check-up's about the check-up (each its own activity, the
        // parent of its questions' "answered" statements), under what was embedded.
        const part = result.item
          ? { id: activityIri(origin, 'quiz', result.item), name: `${title}: round ${result.item}` }
          : result.widget === 'check-up'
            ? { id: activityIri(origin, 'check-up', result.lesson), name: kind === 'lesson' ? `${title}: check-up` : title }
            : undefined;
        const statement = buildStatement({ ...result, attemptId, objectId, name: title, kind, graded, durationMs, part });
        const answered = result.interactions?.length
          ? buildAnsweredStatements({ origin, lesson: result.lesson, parentName: part?.name ?? title, interactions: result.interactions, uuid: randomUuid })
          : undefined;
        post(embedMessage('result', { ...result, attemptId, durationMs, statement, ...(answered ? { answered } : {}) }));
      });
    };
    const onMessage = (event: MessageEvent) => {
      if (!isTrustedSender({ origin: event.origin, fromParent: event.source === window.parent }, parentOrigin)) return;
      const message = parseHostMessage(event.data);
      if (message?.type === 'set-theme') applyTheme(message.payload.theme);
      else if (message?.type === 'request-resize') sendHeight(true);
      else if (message?.type === 'attempt-status') window.dispatchEvent(new CustomEvent(ATTEMPT_STATUS_EVENT, { detail: message.payload }));
    };

    const listeners = new AbortController();
    const { signal } = listeners;
    window.addEventListener(RESULT_EVENT, onResult, { signal });
    window.addEventListener('message', onMessage, { signal });
    window.addEventListener('pointerdown', onInteraction, { capture: true, signal });
    window.addEventListener('keydown', onInteraction, { capture: true, signal });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      listeners.abort();
    };
  }, [path, title, objectId, kind, gradedWidgets]);

  return null;
}
