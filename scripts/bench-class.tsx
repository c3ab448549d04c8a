/**
 * `npm run bench:class [-- --engine pglite|postgres|both] [--learners 500] [--attempts 20000] [--runs 5]`: seeds one
 * course with a roster of learners and that many graded attempts (every answer row too) over the course's check-ups,
 * then measures the class view: its two queries, building the report, and rendering the view (React's server render
 * of components/lti/class/ClassReportView, the same tree the browser renders). Prints the median of the warm runs
 * and the first (cold) run. `--explain` also prints both queries' plans (EXPLAIN ANALYZE) on each engine; `--analyze` gathers
 * the planner's statistics (ANALYZE) after seeding. A benchmark,
 * not a test: it prints numbers.
 */
import { parseArgs } from 'node:util';
import { renderToString } from 'react-dom/server';
import { getQuestionBank } from '../lib/questions/load';
import type { BankQuestion } from '../lib/questions/schema';
import { openDatabase, type ToolDatabase } from '../lib/lti/db/database';
import type { Insertable } from 'kysely';
import type { AttemptTable, Launch } from '../lib/lti/db/schema';
import { classReportFor } from '../lib/lti/class/api';
import { answerPatternsFromAnswersSql, answerPatternsSql, classActivitySql, classScope } from '../lib/lti/class/queries';
import { rebuildAnswerSummary } from '../lib/lti/class/summary';
import { sql } from 'kysely';
import { courseLookup } from '../lib/lti/class/course-content';
import { savePlatform } from '../lib/lti/registration';
import { startPostgres } from '../lib/lti/testing/databases';
import { ClassReportView } from '../components/lti/class/ClassReportView';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    learners: { type: 'string', default: '500' },
    attempts: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    explain: { type: 'boolean', default: false },
    analyze: { type: 'boolean', default: false },
  },
});
const LEARNERS = Number(values.learners);
const ATTEMPTS = Number(values.attempts);
const RUNS = Number(values.runs);
const CONTEXT = 'course-bench';

/** A small deterministic generator, so every run seeds the same class. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const uuid = (next: () => number) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

function answerFor(question: BankQuestion, right: boolean, next: () => number): string[] {
  if (question.kind === 'true-false') return [String(right ? question.answer : !question.answer)];
  if (question.kind === 'order') {
    const ids = question.steps.map((step) => step.id);
    return right ? ids : [ids[1], ids[0], ...ids.slice(2)];
  }
  const correct = question.options.filter((option) => option.correct).map((option) => option.id);
  if (right) return correct;
  const wrong = question.options.filter((option) => !option.correct);
  // Wrong answers lean towards the first wrong option: the class's misconception.
  return [wrong[next() < 0.6 ? 0 : Math.floor(next() * wrong.length)].id];
}

async function seed(database: ToolDatabase) {
  const { db } = database;
  const platformId = await savePlatform(db, {
    issuer: 'https://bench.example',
    clientId: 'bench',
    authLoginUrl: 'https://bench.example/auth',
    authTokenUrl: 'https://bench.example/token',
    jwksUrl: 'https://bench.example/jwks',
    deploymentIds: ['1'],
  });
  const deployment = await db.selectFrom('lti_deployment').select('id').where('platform_id', '=', platformId).executeTakeFirstOrThrow();
  const next = random(26);
  const bank = getQuestionBank();
  const lessons = [...new Set(bank.map((question) => question.lesson))];
  const now = Date.now();
  await db
    .insertInto('lti_roster_member')
    .values(
      Array.from({ length: LEARNERS }, (_, index) => ({
        platform_id: platformId,
        context_id: CONTEXT,
        user_sub: `learner-${index}`,
        name: `Learner ${String(index).padStart(3, '0')}`,
        role: 'learner' as const,
        status: 'Active',
        fetched_at: new Date(now),
      })),
    )
    .execute();
  const skill = Array.from({ length: LEARNERS }, () => 0.3 + next() * 0.65);
  const attemptsSoFar = new Map<string, number>();
  let attempts: Insertable<AttemptTable>[] = [];
  let answers: { attempt_id: string; question_id: string; position: number; chosen: string[]; correct: boolean; answered_at: Date }[] = [];
  const opens = new Map<string, { learner: number; lesson: string; at: number }>();
  const flush = async () => {
    if (attempts.length) await db.insertInto('lti_attempt').values(attempts).execute();
    for (let start = 0; start < answers.length; start += 2000)
      await db
        .insertInto('lti_attempt_answer')
        .values(answers.slice(start, start + 2000))
        .execute();
    attempts = [];
    answers = [];
  };
  for (let index = 0; index < ATTEMPTS; index++) {
    const learner = Math.floor(next() * LEARNERS);
    const lesson = lessons[Math.floor(next() * lessons.length)];
    const key = `${learner}:${lesson}`;
    const number = (attemptsSoFar.get(key) ?? 0) + 1;
    attemptsSoFar.set(key, number);
    const questions = bank.filter((question) => question.lesson === lesson);
    const id = uuid(next);
    const finished = now - Math.floor(next() * 30 * 86_400_000);
    let right = 0;
    questions.forEach((question, position) => {
      const correct = next() < skill[learner];
      if (correct) right++;
      answers.push({
        attempt_id: id,
        question_id: question.id,
        position,
        chosen: answerFor(question, correct, next),
        correct,
        answered_at: new Date(finished),
      });
    });
    attempts.push({
      id,
      launch_id: null,
      platform_id: platformId,
      deployment_pk: deployment.id,
      context_id: CONTEXT,
      resource_link_id: `link-${lesson}`,
      user_sub: `learner-${learner}`,
      item_kind: 'check-up',
      item_id: lesson,
      started_at: new Date(finished - 600_000),
      finished_at: new Date(finished),
      score_given: right,
      score_maximum: questions.length,
      attempt_number: number,
      reported_score: right,
    });
    const open = opens.get(key);
    if (!open || open.at > finished) opens.set(key, { learner, lesson, at: finished - 600_000 });
    if (attempts.length >= 500) await flush();
  }
  await flush();
  // A tenth of the learners opened one more check-up and never finished it.
  for (let learner = 0; learner < LEARNERS; learner += 10) {
    const lesson = lessons[learner % lessons.length];
    if (!opens.has(`${learner}:${lesson}`)) opens.set(`${learner}:${lesson}`, { learner, lesson, at: now - (learner % 20) * 86_400_000 });
  }
  const openRows = [...opens.values()].map((open) => ({
    platform_id: platformId,
    deployment_pk: deployment.id,
    context_id: CONTEXT,
    resource_link_id: `link-${open.lesson}`,
    user_sub: `learner-${open.learner}`,
    user_name: null,
    item_kind: 'check-up',
    item_id: open.lesson,
    first_opened_at: new Date(open.at),
    last_opened_at: new Date(open.at),
  }));
  for (let start = 0; start < openRows.length; start += 1000)
    await db
      .insertInto('lti_activity_open')
      .values(openRows.slice(start, start + 1000))
      .execute();
  const counted = await db
    .selectFrom('lti_attempt_answer')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { platformId, deploymentPk: deployment.id, answerRows: Number(counted.n), lessons: lessons.length };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function measure(name: string, database: ToolDatabase) {
  let started = performance.now();
  const seeded = await seed(database);
  const seedMs = performance.now() - started;
  // The seed writes answers in bulk, past recordAttempt: the summary it keeps is built once here.
  started = performance.now();
  await rebuildAnswerSummary(database.db);
  const summaryMs = performance.now() - started;
  // PostgreSQL's autovacuum would gather statistics after a load like this; PGlite has no autovacuum.
  if (values.analyze) await sql`analyze`.execute(database.db);
  const launch = {
    id: 'bench',
    role: 'instructor',
    message_type: 'LtiResourceLinkRequest',
    platform_id: seeded.platformId,
    deployment_pk: seeded.deploymentPk,
    context_id: CONTEXT,
    context_title: 'Bench course',
    user_sub: 'teacher',
    nrps_url: null,
    target: {
      item_kind: 'check-up',
      item_id: 'launch-types',
      assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 'unlimited', feedback: 'right-wrong' }),
      score_maximum: '10',
    },
    created_at: new Date(),
  } as unknown as Launch;
  const runs: { activity: number; answers: number; oldAnswers: number; build: number; total: number; render: number; json: number }[] = [];
  const scope = classScope(launch);
  const sorted = (rows: { question_id: string; correct: boolean; chosen: string[]; answers: number; item_id: string }[]) =>
    rows
      .map((row) => `${row.item_id} ${row.question_id} ${row.correct} ${row.chosen.join('+')} ${row.answers}`)
      .sort()
      .join('\n');
  const [fromSummary, fromAnswers] = [
    (await answerPatternsSql(scope).execute(database.db)).rows,
    (await answerPatternsFromAnswersSql(scope).execute(database.db)).rows,
  ];
  if (sorted(fromSummary) !== sorted(fromAnswers)) throw new Error('bench:class: the answer summary disagrees with the answers');
  console.log(`${name}: answer summary ${fromSummary.length} rows (built in ${summaryMs.toFixed(0)} ms), equal to grouping every answer`);
  for (let run = 0; run <= RUNS; run++) {
    started = performance.now();
    const { report, timings } = await classReportFor(database.db, launch, { lookupFor: courseLookup });
    const total = performance.now() - started;
    started = performance.now();
    const html = renderToString(<ClassReportView report={report} onDownload={() => undefined} downloadStatus={null} />);
    const render = performance.now() - started;
    // Query 2 as it was (grouping every answer), timed in the same process for the before/after.
    started = performance.now();
    await answerPatternsFromAnswersSql(scope).execute(database.db);
    const oldAnswers = performance.now() - started;
    if (run === 0)
      console.log(
        `${name}: report for ${report.items.length} check-ups, ${report.items[0].learners.length} learners on the first; ${html.length} characters of HTML`,
      );
    runs.push({ activity: timings.activity, answers: timings.answers, oldAnswers, build: timings.build, total, render, json: JSON.stringify(report).length });
  }
  const [cold, ...warm] = runs;
  const row = (label: string, pick: (run: (typeof runs)[number]) => number) =>
    `${label.padEnd(34)} cold ${pick(cold).toFixed(0).padStart(6)} ms   warm median ${median(warm.map(pick)).toFixed(0).padStart(6)} ms`;
  console.log(
    `\n${name}: seeded ${LEARNERS} learners, ${ATTEMPTS} attempts, ${seeded.answerRows} answer rows over ${seeded.lessons} check-ups in ${(seedMs / 1000).toFixed(1)} s`,
  );
  console.log(row('query 1 (learners x items)', (run) => run.activity));
  console.log(row('query 2 (answer patterns)', (run) => run.answers));
  console.log(row('query 2 before (every answer)', (run) => run.oldAnswers));
  console.log(row('report (+ course texts, cold)', (run) => run.build));
  console.log(row('whole request (queries + report)', (run) => run.total));
  console.log(row('render of the view (React)', (run) => run.render));
  console.log(`report JSON: ${(cold.json / 1024).toFixed(0)} KB`);
  if (values.explain) {
    for (const [label, query] of [
      ['query 1', classActivitySql(scope)],
      ['query 2', answerPatternsSql(scope)],
      ['query 2 before', answerPatternsFromAnswersSql(scope)],
    ] as const) {
      const { rows } = await sql<{ 'QUERY PLAN': string }>`explain analyze ${query}`.execute(database.db);
      console.log(`\n${name} ${label} plan:\n${rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
}

async function main() {
  const engines = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine!];
  for (const engine of engines) {
    if (engine === 'pglite') {
      const database = await openDatabase({ dataDir: 'memory://' });
      try {
        await measure('PGlite', database);
      } finally {
        await database.close();
      }
    } else {
      const server = await startPostgres();
      const database = await openDatabase({ databaseUrl: server.url, poolSize: 5 });
      try {
        await measure('PostgreSQL 15', database);
      } finally {
        await database.close();
        await server.stop();
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
