/**
 * The schema's history, in code so the same migrations run on PGlite and PostgreSQL and ship inside the server
 * bundle (no migration files to copy next to a standalone build). Append; never edit a migration that has shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

const SCHEMA_0001 = `
create table lti_platform (
  id serial primary key,
  issuer text not null,
  client_id text not null,
  name text not null,
  auth_login_url text not null,
  auth_token_url text not null,
  auth_token_audience text,
  jwks_url text not null,
  created_at timestamptz not null default now(),
  unique (issuer, client_id)
);
create table lti_deployment (
  id serial primary key,
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_id text not null,
  created_at timestamptz not null default now(),
  unique (platform_id, deployment_id)
);
create table lti_tool_key (
  kid text primary key,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);
create table lti_login_state (
  state text primary key,
  nonce text not null unique,
  platform_id integer not null references lti_platform (id) on delete cascade,
  storage_target text,
  storage_origin text,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index lti_login_state_expires on lti_login_state (expires_at);
create table lti_used_nonce (
  platform_id integer not null references lti_platform (id) on delete cascade,
  nonce text not null,
  expires_at timestamptz not null,
  primary key (platform_id, nonce)
);
create table lti_launch (
  id uuid primary key,
  session_hash text not null unique,
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  message_type text not null check (message_type in ('LtiResourceLinkRequest', 'LtiDeepLinkingRequest')),
  context_id text,
  context_title text,
  resource_link_id text,
  user_sub text not null,
  user_name text,
  role text not null check (role in ('learner', 'instructor')),
  target jsonb,
  ags_lineitem text,
  ags_lineitems text,
  ags_scopes jsonb not null default '[]',
  nrps_url text,
  deep_link jsonb,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index lti_launch_expires on lti_launch (expires_at);
create table lti_attempt (
  id uuid primary key,
  launch_id uuid references lti_launch (id) on delete set null,
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  context_id text,
  resource_link_id text,
  user_sub text not null,
  item_kind text not null,
  item_id text not null,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  score_given double precision not null,
  score_maximum double precision not null,
  attempt_number integer not null,
  reported_score double precision not null,
  unique (platform_id, deployment_pk, resource_link_id, user_sub, attempt_number)
);
create index lti_attempt_context on lti_attempt (platform_id, context_id, item_kind, item_id);
create index lti_attempt_finished on lti_attempt (finished_at);
create table lti_attempt_answer (
  attempt_id uuid not null references lti_attempt (id) on delete cascade,
  question_id text not null,
  position integer not null,
  chosen text[] not null,
  correct boolean not null,
  answered_at timestamptz not null,
  primary key (attempt_id, question_id)
);
create index lti_attempt_answer_question on lti_attempt_answer (question_id);
create table lti_score_outbox (
  id bigserial primary key,
  attempt_id uuid not null unique references lti_attempt (id) on delete cascade,
  platform_id integer not null references lti_platform (id) on delete cascade,
  lineitem_url text not null,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  tries integer not null default 0,
  next_try_at timestamptz not null,
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index lti_score_outbox_due on lti_score_outbox (next_try_at) where status = 'pending';
create table lti_access_token (
  platform_id integer not null references lti_platform (id) on delete cascade,
  scopes text not null,
  token text not null,
  expires_at timestamptz not null,
  primary key (platform_id, scopes)
);
create table lti_roster_member (
  platform_id integer not null references lti_platform (id) on delete cascade,
  context_id text not null,
  user_sub text not null,
  name text,
  role text not null check (role in ('learner', 'instructor')),
  status text not null,
  fetched_at timestamptz not null,
  primary key (platform_id, context_id, user_sub)
);
create table lti_rate_limit (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);
`;

/**
 * Class results (issue 26): a learner's first and last opening of a graded activity, so the class view can tell "in
 * progress" (opened, nothing submitted) from "not started", and see who opened it days ago and never finished.
 * Attempts only exist once submitted, and launches are purged hours after they expire.
 */
const SCHEMA_0003 = `
create table lti_activity_open (
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  context_id text,
  resource_link_id text not null,
  user_sub text not null,
  user_name text,
  item_kind text not null,
  item_id text not null,
  first_opened_at timestamptz not null,
  last_opened_at timestamptz not null,
  primary key (platform_id, deployment_pk, resource_link_id, user_sub)
);
create index lti_activity_open_context on lti_activity_open (platform_id, context_id, item_kind, item_id);
`;

/**
 * Class view speed (issue 26): the class queries read one course of one deployment and group by learner and item.
 * These indexes lead with exactly that scope, so each query reads only the course's rows, already in group order;
 * the answers are reached through their primary key (attempt_id, question_id).
 */
const SCHEMA_0004 = `
create index lti_attempt_class on lti_attempt (platform_id, deployment_pk, context_id, user_sub, item_kind, item_id);
create index lti_activity_open_class on lti_activity_open (platform_id, deployment_pk, context_id, user_sub, item_kind, item_id);
create index lti_roster_member_role on lti_roster_member (platform_id, context_id, role)
`;

/**
 * Instructor settings and LRS forwarding (issue 26): per course of one deployment, the "stuck" thresholds (null: the
 * defaults) and the LRS the class's xAPI statements are forwarded to, its secret sealed (lib/lti/secrets.ts); the
 * statements waiting for it, one row per statement id (the outbox pattern of the scores); and the answers per
 * question and exact choice, counted as attempts are recorded, so the class view reads a few hundred rows instead of
 * every answer. The summary is filled from the answers already stored.
 */
const SCHEMA_0006 = `
create table lti_class_settings (
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  context_id text not null,
  stuck_min_attempts integer,
  stuck_low_percent integer,
  stuck_stale_days integer,
  lrs_endpoint text,
  lrs_key text,
  lrs_secret jsonb,
  updated_at timestamptz not null default now(),
  primary key (platform_id, deployment_pk, context_id)
);
create table lti_xapi_outbox (
  id bigserial primary key,
  statement_id uuid not null unique,
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  context_id text not null,
  attempt_id uuid references lti_attempt (id) on delete cascade,
  statement jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  tries integer not null default 0,
  next_try_at timestamptz not null,
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index lti_xapi_outbox_due on lti_xapi_outbox (next_try_at) where status = 'pending';
create index lti_xapi_outbox_scope on lti_xapi_outbox (platform_id, deployment_pk, context_id, status);
create table lti_answer_summary (
  platform_id integer not null references lti_platform (id) on delete cascade,
  deployment_pk integer not null references lti_deployment (id) on delete cascade,
  context_id text not null,
  item_kind text not null,
  item_id text not null,
  question_id text not null,
  correct boolean not null,
  chosen text[] not null,
  answers integer not null,
  primary key (platform_id, deployment_pk, context_id, item_kind, item_id, question_id, correct, chosen)
);
insert into lti_answer_summary (platform_id, deployment_pk, context_id, item_kind, item_id, question_id, correct, chosen, answers)
select t.platform_id, t.deployment_pk, t.context_id, t.item_kind, t.item_id, a.question_id, a.correct,
  case when a.correct then '{}'::text[] else a.chosen end, count(*)::int
from lti_attempt t join lti_attempt_answer a on a.attempt_id = t.id
where t.context_id is not null
group by 1, 2, 3, 4, 5, 6, 7, 8
`;

/** One statement at a time: PGlite's parameterised query protocol takes a single statement. */
async function runStatements(db: Kysely<unknown>, script: string) {
  for (const statement of script
    .split(/;\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}

const migrations: Record<string, Migration> = {
  '0001-lti-tool': {
    up: (db: Kysely<unknown>) => runStatements(db, SCHEMA_0001),
    async down(db: Kysely<unknown>) {
      for (const table of [
        'lti_rate_limit',
        'lti_roster_member',
        'lti_access_token',
        'lti_score_outbox',
        'lti_attempt_answer',
        'lti_attempt',
        'lti_launch',
        'lti_used_nonce',
        'lti_login_state',
        'lti_tool_key',
        'lti_deployment',
        'lti_platform',
      ]) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
  '0003-class-results': {
    up: (db: Kysely<unknown>) => runStatements(db, SCHEMA_0003),
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists lti_activity_open`.execute(db);
    },
  },
  '0004-class-indexes': {
    up: (db: Kysely<unknown>) => runStatements(db, SCHEMA_0004),
    async down(db: Kysely<unknown>) {
      for (const index of ['lti_roster_member_role', 'lti_activity_open_class', 'lti_attempt_class']) {
        await sql`drop index if exists ${sql.table(index)}`.execute(db);
      }
    },
  },
  '0006-class-settings-lrs': {
    up: (db: Kysely<unknown>) => runStatements(db, SCHEMA_0006),
    async down(db: Kysely<unknown>) {
      for (const table of ['lti_answer_summary', 'lti_xapi_outbox', 'lti_class_settings']) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
