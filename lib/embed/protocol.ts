/**
 * The embed message protocol, version 1: what an embed posts to its host page and the two messages it accepts.
 * Shared by the embed runtime, the loader (public/embed.js mirrors it in plain JavaScript) and any host code,
 * such as an LMS launcher. No React, no zod: it ships inside the embed.
 *
 *   embed -> host: { source: 'containers-on-aws', version: 1, type: 'ready' | 'resize' | 'result', payload }
 *   host -> embed: { source: 'containers-on-aws', version: 1, type: 'set-theme', payload: { theme } }
 *                  { source: 'containers-on-aws', version: 1, type: 'request-resize', payload: {} }
 *                  { source: 'containers-on-aws', version: 1, type: 'attempt-status', payload: AttemptStatusPayload }
 *
 * A graded result carries `item` (the quiz round) and `interactions` (each answered question or card,
 * lib/lms/interactions.ts); `attempt-status` is how an LMS launcher tells a graded embed where the learner stands,
 * so the embed offers a new attempt only when the LMS will count it.
 *
 * Anything else a host sends is ignored without an error.
 */
import { isBoolean, isNonNegativeInt, isRecord, isShape, isString } from '../guards';
import type { XapiStatement } from './xapi';
import type { AnsweredStatement } from './xapi-answered';
import { isInteractionList, type Interaction } from '../lms/interactions';

export const MESSAGE_SOURCE = 'containers-on-aws';
export const PROTOCOL_VERSION = 1;

/** The DOM event the embed raises inside its own page when its LMS launcher sends `attempt-status`. */
export const ATTEMPT_STATUS_EVENT = 'containers-on-aws:attempt-status';

export const EMBED_THEMES = ['system', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export const isEmbedTheme = (value: unknown): value is EmbedTheme => typeof value === 'string' && (EMBED_THEMES as readonly string[]).includes(value);

/** `https://example.edu` or `http://127.0.0.1:8080`: a bare origin, or null. */
export function normaliseOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // Only a bare origin is accepted, so a pasted page address is not silently cut down to its origin.
  if (url.origin !== value.replace(/\/$/, '')) return null;
  return url.origin;
}

/** The embed URL's `parentOrigin` (the host page that may read the messages), when it is a valid origin. */
export function parentOriginFrom(search: string): string | undefined {
  const value = new URLSearchParams(search).get('parentOrigin');
  return (value && normaliseOrigin(value)) || undefined;
}

export type ReadyPayload = { path: string; title: string; height: number };
export type ResizePayload = { height: number };
export type ResultPayload = {
  widget: string;
  lesson: string;
  attemptId: string;
  score: number;
  max: number;
  passed: boolean;
  completedAt: string;
  durationMs: number;
  statement: XapiStatement;
  /** The quiz round a result is for. */
  item?: string;
  /** Graded embeds: each answered question or card. */
  interactions?: Interaction[];
  /** Graded embeds: an xAPI "answered" statement per interaction. */
  answered?: AnsweredStatement[];
};

/** Sent by an LMS launcher to a graded embed: attempts submitted, parts answered in the attempt in progress. */
export type AttemptStatusPayload = { submitted: number; answered: string[]; canStart: boolean; best: number | null };

export type EmbedMessage =
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'ready'; payload: ReadyPayload }
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'resize'; payload: ResizePayload }
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'result'; payload: ResultPayload };

export type HostMessage =
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'set-theme'; payload: { theme: EmbedTheme } }
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'request-resize'; payload: Record<string, never> }
  | { source: typeof MESSAGE_SOURCE; version: typeof PROTOCOL_VERSION; type: 'attempt-status'; payload: AttemptStatusPayload };

type Payloads = { ready: ReadyPayload; resize: ResizePayload; result: ResultPayload };

export function embedMessage<T extends keyof Payloads>(type: T, payload: Payloads[T]): Extract<EmbedMessage, { type: T }> {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload } as Extract<EmbedMessage, { type: T }>;
}

export function hostMessage(type: 'set-theme', payload: { theme: EmbedTheme }): HostMessage;
export function hostMessage(type: 'request-resize'): HostMessage;
export function hostMessage(type: 'attempt-status', payload: AttemptStatusPayload): HostMessage;
export function hostMessage(type: HostMessage['type'], payload: unknown = {}): HostMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload } as HostMessage;
}

const isEnvelope = (data: unknown): data is { source: string; version: number; type: string; payload: unknown } =>
  isRecord(data) && data.source === MESSAGE_SOURCE && data.version === PROTOCOL_VERSION && isString(data.type) && 'payload' in data;

/** A height in CSS pixels an iframe can be set to: a whole number, 0 to 100,000. */
export const isHeight = (value: unknown): value is number => isNonNegativeInt(value) && (value as number) <= 100_000;

const isAttemptStatus = (value: unknown): value is AttemptStatusPayload =>
  isRecord(value) &&
  isNonNegativeInt(value.submitted) &&
  Array.isArray(value.answered) &&
  value.answered.length <= 100 &&
  value.answered.every(isString) &&
  isBoolean(value.canStart) &&
  (value.best === null || (typeof value.best === 'number' && value.best >= 0 && value.best <= 100));

/** What the embed accepts from its host; null (ignore it) for anything else. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isEnvelope(data)) return null;
  if (data.type === 'set-theme') {
    return isRecord(data.payload) && isEmbedTheme(data.payload.theme) ? hostMessage('set-theme', { theme: data.payload.theme }) : null;
  }
  if (data.type === 'request-resize') return hostMessage('request-resize');
  if (data.type === 'attempt-status' && isAttemptStatus(data.payload)) {
    const { submitted, answered, canStart, best } = data.payload;
    return hostMessage('attempt-status', { submitted, answered, canStart, best });
  }
  return null;
}

// Built on first use, so an embed (which never parses embed messages) does not carry them.
const isResultPayload = (value: unknown) =>
  isShape<Omit<ResultPayload, 'statement'> & { statement: unknown }>({
    widget: isString,
    lesson: isString,
    attemptId: isString,
    score: isNonNegativeInt,
    max: isNonNegativeInt,
    passed: isBoolean,
    completedAt: isString,
    durationMs: isNonNegativeInt,
    statement: isRecord,
  })(value);

const isGradedExtras = (value: Record<string, unknown>) =>
  (value.item === undefined || (isString(value.item) && value.item.length <= 40)) &&
  (value.interactions === undefined || isInteractionList(value.interactions)) &&
  (value.answered === undefined || (Array.isArray(value.answered) && value.answered.length <= 200 && value.answered.every(isRecord)));

const isReadyPayload = (value: unknown) => isShape<ReadyPayload>({ path: isString, title: isString, height: isHeight })(value);

/** What a host (the loader, an LMS launcher) accepts from an embed; null for anything else. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (!isEnvelope(data)) return null;
  const { payload } = data;
  switch (data.type) {
    case 'ready':
      return isReadyPayload(payload) ? embedMessage('ready', payload) : null;
    case 'resize':
      return isRecord(payload) && isHeight(payload.height) ? embedMessage('resize', { height: payload.height }) : null;
    case 'result':
      return isResultPayload(payload) && payload.score <= payload.max && isGradedExtras(payload) ? embedMessage('result', payload as ResultPayload) : null;
    default:
      return null;
  }
}

/**
 * Where the embed posts: the host origin given as `parentOrigin` (then only that page can read the messages), or
 * '*'. '*' is acceptable because a message carries only the attempt's result, never anything else about the learner.
 */
export function targetOriginFor(parentOrigin: string | undefined): string {
  return parentOrigin ?? '*';
}

/** Whether an incoming message may be acted on: it comes from the parent window and, when narrowed, its origin. */
export function isTrustedSender(event: { origin: string; fromParent: boolean }, parentOrigin: string | undefined): boolean {
  return event.fromParent && (parentOrigin === undefined || event.origin === parentOrigin);
}
