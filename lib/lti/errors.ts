/**
 * A launch or service step that failed, with what a person can do about it. The error page shows `check` and
 * `fix`; nothing else (no stack, no token) reaches the page or the log.
 */
export type LtiCheck =
  | 'request'
  | 'rate-limit'
  | 'platform'
  | 'state'
  | 'browser-binding'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'expiry'
  | 'nonce'
  | 'deployment'
  | 'version'
  | 'message-type'
  | 'claims'
  | 'session'
  | 'registration';

export class LtiError extends Error {
  constructor(
    readonly check: LtiCheck,
    message: string,
    /** What the platform's administrator (or the learner) should do. */
    readonly fix: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'LtiError';
  }
}

/** Logs one line with only the fields named here: never a token, an id_token or a request body. */
export function logLti(event: string, fields: Record<string, string | number | boolean | null | undefined> = {}) {
  const safe = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  console.log(`lti: ${event}${safe ? ` ${safe}` : ''}`);
}
