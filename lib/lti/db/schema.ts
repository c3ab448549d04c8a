/**
 * The LTI tool's tables, as Kysely sees them (the SQL is in migrations.ts; a test checks the two agree by running
 * every query against a migrated database). Timestamps are timestamptz; ids the database generates are Generated.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Sealed } from '../secrets';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** A platform (an LMS) that trusts this tool: one row per issuer and client id. */
export interface PlatformTable {
  id: Generated<number>;
  issuer: string;
  client_id: string;
  name: string;
  auth_login_url: string;
  auth_token_url: string;
  /** The `aud` of the client assertion at the token endpoint; the token URL when the platform gives none. */
  auth_token_audience: string | null;
  jwks_url: string;
  created_at: CreatedAt;
}

export interface DeploymentTable {
  id: Generated<number>;
  platform_id: number;
  deployment_id: string;
  created_at: CreatedAt;
}

/** The tool's own signing keys; the newest unretired one signs, retired ones stay published for a while. */
export interface ToolKeyTable {
  kid: string;
  private_jwk: Json<JsonWebKeyShape>;
  public_jwk: Json<JsonWebKeyShape>;
  created_at: CreatedAt;
  retired_at: Timestamp | null;
}

/** OIDC login initiation: one row per login, used once by the launch that follows it. */
export interface LoginStateTable {
  state: string;
  nonce: string;
  platform_id: number;
  /** LTI client-side storage: the platform frame to post to (`lti_storage_target`) and the origin it answers from. */
  storage_target: string | null;
  storage_origin: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Every nonce an accepted id_token carried: the primary key makes a replay fail in the database. */
export interface UsedNonceTable {
  platform_id: number;
  nonce: string;
  expires_at: Timestamp;
}

export type LtiRole = 'learner' | 'instructor';
export type LtiMessageType = 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';

export interface LaunchTable {
  id: string;
  /** SHA-256 of the session token the launched page holds (the token itself is never stored). */
  session_hash: string;
  platform_id: number;
  deployment_pk: number;
  message_type: LtiMessageType;
  context_id: string | null;
  context_title: string | null;
  resource_link_id: string | null;
  user_sub: string;
  user_name: string | null;
  role: LtiRole;
  /** What the launch opens (a check-up and its settings), from the resource link's custom parameters. */
  target: Json<unknown> | null;
  ags_lineitem: string | null;
  ags_lineitems: string | null;
  ags_scopes: Json<string[]>;
  nrps_url: string | null;
  /** Deep linking: the return URL and the platform's opaque data, echoed back. */
  deep_link: Json<{ returnUrl: string; data?: string; acceptMultiple?: boolean }> | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

/**
 * One finished attempt at a graded item. The context columns are copied from the launch so class results can be
 * read with one indexed query per view (issue 26) without joining launches, which the retention job deletes first.
 */
export interface AttemptTable {
  id: string;
  launch_id: string | null;
  platform_id: number;
  deployment_pk: number;
  context_id: string | null;
  resource_link_id: string | null;
  user_sub: string;
  /** The graded item: kind (check-up) and id (a lesson slug). */
  item_kind: string;
  item_id: string;
  started_at: Timestamp;
  finished_at: Timestamp;
  score_given: number;
  score_maximum: number;
  /** 1 for the first attempt of this user at this resource link. */
  attempt_number: number;
  /** The score sent to the gradebook after the assignment's rule (highest, last, ...). */
  reported_score: number;
}

/** One answer inside an attempt: what was chosen, whether it was right and when. */
export interface AttemptAnswerTable {
  attempt_id: string;
  question_id: string;
  /** The order the question was asked in, from 0. */
  position: number;
  /** Option ids chosen (choice questions), ["true"]/["false"] (true/false), step ids in order (order questions). */
  chosen: string[];
  correct: boolean;
  answered_at: Timestamp;
}

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/** Scores waiting to reach a platform's gradebook; claimed with FOR UPDATE SKIP LOCKED by any server. */
export interface ScoreOutboxTable {
  id: Generated<number>;
  /** One score per attempt: the unique key makes a second enqueue of the same attempt a no-op. */
  attempt_id: string;
  platform_id: number;
  lineitem_url: string;
  payload: Json<Record<string, unknown>>;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  tries: ColumnType<number, number | undefined, number>;
  next_try_at: Timestamp;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
}

/** OAuth access tokens from a platform's token endpoint, shared by every server until they expire. */
export interface AccessTokenTable {
  platform_id: number;
  scopes: string;
  token: string;
  expires_at: Timestamp;
}

/** Names and Role Provisioning: the course's members as last fetched on an instructor launch. */
export interface RosterMemberTable {
  platform_id: number;
  context_id: string;
  user_sub: string;
  name: string | null;
  role: LtiRole;
  status: string;
  fetched_at: Timestamp;
}

/** A learner's first and last opening of a graded activity (class results: "in progress", "opened and not finished"). */
export interface ActivityOpenTable {
  platform_id: number;
  deployment_pk: number;
  context_id: string | null;
  resource_link_id: string;
  user_sub: string;
  user_name: string | null;
  item_kind: string;
  item_id: string;
  first_opened_at: Timestamp;
  last_opened_at: Timestamp;
}

/** An instructor's settings for one course of one deployment: "stuck" thresholds (null: the defaults) and the LRS. */
export interface ClassSettingsTable {
  platform_id: number;
  deployment_pk: number;
  context_id: string;
  stuck_min_attempts: number | null;
  stuck_low_percent: number | null;
  stuck_stale_days: number | null;
  /** The LRS's xAPI endpoint (its statements resource is `<endpoint>/statements`); null: no forwarding. */
  lrs_endpoint: string | null;
  lrs_key: string | null;
  /** The LRS secret, sealed with the tool's key (lib/lti/secrets.ts); never returned to a browser. */
  lrs_secret: Json<Sealed> | null;
  updated_at: Timestamp;
}

/** xAPI statements waiting for the course's LRS; claimed with FOR UPDATE SKIP LOCKED like the scores. */
export interface XapiOutboxTable {
  id: Generated<number>;
  /** The statement's own id: a second enqueue is a no-op, and the LRS stores a re-sent statement once. */
  statement_id: string;
  platform_id: number;
  deployment_pk: number;
  context_id: string;
  attempt_id: string | null;
  statement: Json<Record<string, unknown>>;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  tries: ColumnType<number, number | undefined, number>;
  next_try_at: Timestamp;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
}

/** Answers per question and exact wrong choice (right answers: chosen = '{}'), counted as attempts are recorded. */
export interface AnswerSummaryTable {
  platform_id: number;
  deployment_pk: number;
  context_id: string;
  item_kind: string;
  item_id: string;
  question_id: string;
  correct: boolean;
  chosen: string[];
  answers: number;
}

/** Fixed-window counters (login initiation), in the database so every server counts the same requests. */
export interface RateLimitTable {
  bucket: string;
  window_start: Timestamp;
  hits: number;
}

export type JsonWebKeyShape = { kty: string; kid?: string; alg?: string; use?: string; [key: string]: unknown };

export interface Database {
  lti_platform: PlatformTable;
  lti_deployment: DeploymentTable;
  lti_tool_key: ToolKeyTable;
  lti_login_state: LoginStateTable;
  lti_used_nonce: UsedNonceTable;
  lti_launch: LaunchTable;
  lti_attempt: AttemptTable;
  lti_attempt_answer: AttemptAnswerTable;
  lti_score_outbox: ScoreOutboxTable;
  lti_access_token: AccessTokenTable;
  lti_roster_member: RosterMemberTable;
  lti_rate_limit: RateLimitTable;
  lti_activity_open: ActivityOpenTable;
  lti_class_settings: ClassSettingsTable;
  lti_xapi_outbox: XapiOutboxTable;
  lti_answer_summary: AnswerSummaryTable;
}

export type Platform = Selectable<PlatformTable>;
export type NewPlatform = Insertable<PlatformTable>;
export type Launch = Selectable<LaunchTable>;
export type Attempt = Selectable<AttemptTable>;
export type OutboxRow = Selectable<ScoreOutboxTable>;
export type XapiOutboxRow = Selectable<XapiOutboxTable>;
export type ClassSettingsRow = Selectable<ClassSettingsTable>;
