/**
 * The class queries on a real database (PGlite, and PostgreSQL when installed), filled through real launches signed
 * by a test platform served over HTTP: who may read class results, what each view's one query returns, and that
 * another course, deployment or platform never leaks in.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../questions/schema';
import { recordAttempt } from '../attempts';
import { LTI_CLAIM } from '../claims';
import type { ToolDatabase } from '../db/database';
import type { Launch } from '../db/schema';
import { LtiError } from '../errors';
import { parseTarget } from '../grading';
import { deleteUser, purgeExpired } from '../privacy';
import { keySetResolver, validateLaunch } from '../launch';
import { startLogin } from '../login';
import { savePlatform } from '../registration';
import { fetchRoster } from '../roster';
import { testEngines } from '../testing/databases';
import { PlatformStub } from '../testing/platform-stub';
import { buildClassReport, classReportCsv, type CourseLookup } from './report';
import { answerPatternsFromAnswersSql, answerPatternsSql, classScope, readAnswerPatterns, readClassActivity, recordOpen, type ClassScope } from './queries';

const TOOL = 'http://localhost:3000';
const OPEN_TIMEOUT_MS = 300_000;
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

const questions: BankQuestion[] = [
  {
    lesson: 'launch-types',
    id: 'q1',
    kind: 'single',
    prompt: 'Who patches Fargate hosts?',
    explanation: 'AWS patches them.',
    section: 'who-patches',
    options: [
      { id: 'a', text: 'AWS', correct: true },
      { id: 'b', text: 'You', feedback: 'Mixes Fargate up with EC2.' },
      { id: 'c', text: 'Nobody', feedback: 'F' },
    ],
  },
  {
    lesson: 'launch-types',
    id: 'q2',
    kind: 'true-false',
    prompt: 'Tasks share a kernel on Fargate.',
    explanation: 'They do not.',
    section: 'isolation',
    answer: true,
    why: 'W',
    wrongFeedback: 'F2',
  },
];
const lookup: CourseLookup = {
  question: (id) => questions.find((question) => question.id === id),
  item: (item) => ({ title: `Check-up: ${item.id}`, href: `/lessons/${item.id}` }),
  sectionTitle: (_lesson, section) => (section === 'who-patches' ? 'Who patches what' : undefined),
};
const answersOf = (q1: string, q2: boolean) => ({
  startedAt: NOW.toISOString(),
  answers: [
    { questionId: 'q1', answer: { kind: 'choice' as const, optionIds: [q1] }, answeredAt: NOW.toISOString() },
    { questionId: 'q2', answer: { kind: 'true-false' as const, value: q2 }, answeredAt: NOW.toISOString() },
  ],
});

for (const engine of testEngines()) {
  describe(`class results on ${engine.name}`, () => {
    let database: ToolDatabase;
    let platform: PlatformStub;
    const keySet = keySetResolver({ cooldownMs: 0 });
    const OTHER_ISSUER = 'https://other-platform.test';

    async function launch(sub: string, role: string, claims: Record<string, unknown> = {}, issuer = platform.issuer): Promise<Launch> {
      const { state, nonce } = await startLogin(database.db, { iss: issuer, login_hint: sub, target_link_uri: `${TOOL}/lti/launch` }, TOOL);
      const signed = await platform.sign(
        platform.launchClaims(nonce, { sub, name: sub === 'cyd' ? 'Cyd' : undefined, iss: issuer, [LTI_CLAIM.roles]: [role], ...claims }),
      );
      const valid = await validateLaunch(database.db, { idToken: signed, state, binding: { kind: 'cookie' } }, { keySet });
      return database.db.selectFrom('lti_launch').selectAll().where('id', '=', valid.launchId).executeTakeFirstOrThrow();
    }
    async function attempt(sub: string, q1: string, q2: boolean, claims: Record<string, unknown> = {}, issuer?: string) {
      const row = await launch(sub, LEARNER, claims, issuer);
      await recordOpen(database.db, row.id, { kind: 'check-up', id: 'launch-types' });
      await recordAttempt(database.db, row, parseTarget(row.target), questions, answersOf(q1, q2));
    }

    /** View 2 from the summary, and grouped from every answer: they must always agree. */
    async function bothWays(scope: ClassScope) {
      const sorted = (rows: { question_id: string; correct: boolean; chosen: string[]; answers: number }[]) =>
        rows.map((row) => `${row.question_id} ${row.correct} ${row.chosen.join('+')} ${row.answers}`).sort();
      return {
        summary: sorted((await answerPatternsSql(scope).execute(database.db)).rows),
        answers: sorted((await answerPatternsFromAnswersSql(scope).execute(database.db)).rows),
      };
    }

    beforeAll(async () => {
      platform = await PlatformStub.start();
      database = await engine.open();
      await savePlatform(database.db, { ...platform.registration, deploymentIds: ['deployment-1', 'deployment-2'] });
      await savePlatform(database.db, { ...platform.registration, issuer: OTHER_ISSUER });
      // Course 1: Ann 100 %; Bob 0 % then 50 % (stuck); Cyd opened 9 days ago and never submitted (stuck); Dee is
      // in the roster and never opened it; the teacher tried it in preview (not a learner).
      await attempt('ann', 'a', true);
      await attempt('bob', 'b', false);
      await attempt('bob', 'b', true);
      const cyd = await launch('cyd', LEARNER);
      await recordOpen(database.db, cyd.id, { kind: 'check-up', id: 'launch-types' }, daysAgo(9));
      const teacher = await launch('teacher-1', INSTRUCTOR);
      await recordOpen(database.db, teacher.id, { kind: 'check-up', id: 'launch-types' });
      await recordAttempt(database.db, teacher, parseTarget(teacher.target), questions, answersOf('c', false));
      // Elsewhere: course 2, deployment 2 and another platform, each with a course "course-1" of its own or not.
      await attempt('xan', 'c', false, { [LTI_CLAIM.context]: { id: 'course-2', title: 'Other course' } });
      await attempt('yul', 'c', false, { [LTI_CLAIM.deploymentId]: 'deployment-2' });
      await attempt('zoe', 'c', false, {}, OTHER_ISSUER);
    }, OPEN_TIMEOUT_MS);
    afterAll(async () => {
      await database?.close().catch(() => undefined);
      await platform?.stop();
      await engine.stop();
    }, OPEN_TIMEOUT_MS);

    test("a learner's launch, a launch outside a course and a request naming another course are refused", async () => {
      const learner = await launch('ann', LEARNER);
      expect(() => classScope(learner)).toThrow(LtiError);
      expect(() => classScope(learner)).toThrow(/instructors/);
      const teacher = await launch('teacher-1', INSTRUCTOR);
      expect(classScope(teacher)).toMatchObject({ contextId: 'course-1', viewerSub: 'teacher-1' });
      expect(classScope(teacher, 'course-1').contextId).toBe('course-1');
      expect(() => classScope(teacher, 'course-2')).toThrow(/another course/);
      const noCourse = await launch('teacher-1', INSTRUCTOR, { [LTI_CLAIM.context]: undefined });
      expect(() => classScope(noCourse)).toThrow(/did not come from a course/);
    });

    test('a context id in a token the platform did not sign never opens a session', async () => {
      const { state, nonce } = await startLogin(database.db, { iss: platform.issuer, login_hint: 'x', target_link_uri: `${TOOL}/lti/launch` }, TOOL);
      const forged = await platform.sign(platform.launchClaims(nonce, { sub: 'mallory', [LTI_CLAIM.roles]: [INSTRUCTOR] }), {
        key: await PlatformStub.strangerKey(),
      });
      await expect(validateLaunch(database.db, { idToken: forged, state, binding: { kind: 'cookie' } }, { keySet })).rejects.toMatchObject({
        check: 'signature',
      });
    });

    test("view 1: the course's learners against the item, roster included, instructors and other scopes left out", async () => {
      const teacher = await launch('teacher-1', INSTRUCTOR);
      platform.scripted.set('/token', [{ status: 200, body: { access_token: 'roster-token', expires_in: 3600 } }]);
      platform.scripted.set('/memberships', [
        {
          status: 200,
          body: {
            members: [
              { user_id: 'ann', name: 'Ann', roles: [LEARNER] },
              { user_id: 'bob', name: 'Bob', roles: [LEARNER] },
              { user_id: 'dee', name: 'Dee', roles: [LEARNER] },
              { user_id: 'old', name: 'Old', roles: [LEARNER], status: 'Inactive' },
              { user_id: 'teacher-1', name: 'Teacher', roles: [INSTRUCTOR] },
            ],
          },
        },
      ]);
      await fetchRoster(database.db, teacher);
      const scope = classScope(teacher);
      const { members, activity } = await readClassActivity(database.db, scope);
      expect(members.map((member) => member.userSub).sort()).toEqual(['ann', 'bob', 'dee']);
      expect(activity.map((row) => [row.userSub, row.attempts, row.bestPercent]).sort()).toEqual([
        ['ann', 1, 100],
        ['bob', 2, 50],
        ['cyd', 0, null],
      ]);
      const report = buildClassReport(
        {
          members,
          activity,
          answers: await readAnswerPatterns(database.db, scope),
          launched: { kind: 'check-up', id: 'launch-types' },
          courseTitle: teacher.context_title,
        },
        lookup,
        NOW,
      );
      expect(report.items).toHaveLength(1);
      const [item] = report.items;
      expect(item.learners.map((learner) => [learner.name, learner.status, learner.attempts])).toEqual([
        ['Ann', 'finished', 1],
        ['Bob', 'finished', 2],
        ['Cyd', 'in-progress', 0],
        ['Dee', 'not-started', 0],
      ]);
      expect(item.counts).toEqual({ 'not-started': 1, 'in-progress': 1, finished: 2, stuck: 2 });
      expect(item.stuck).toEqual([
        { name: 'Bob', reason: '2 attempts, best 50%' },
        { name: 'Cyd', reason: 'Opened 9 days ago, not finished' },
      ]);
      expect(item.distribution.bands.map((band) => band.learners)).toEqual([0, 0, 1, 0, 1]);
    });

    test('view 2: the most-missed question and its most chosen wrong option, with the explanation and the section', async () => {
      const teacher = await launch('teacher-1', INSTRUCTOR);
      const scope = classScope(teacher);
      const answers = await readAnswerPatterns(database.db, scope);
      expect(answers.reduce((sum, row) => sum + row.answers, 0)).toBe(6);
      // The summary (counted on write, instructors' answers taken out at read) equals grouping every answer.
      const compared = await bothWays(scope);
      expect(compared.summary).toEqual(compared.answers);
      expect(compared.summary).toEqual(['q1 false b 2', 'q1 true  1', 'q2 false false 1', 'q2 true  2']);
      const { members, activity } = await readClassActivity(database.db, scope);
      const report = buildClassReport({ members, activity, answers, launched: null, courseTitle: null }, lookup, NOW);
      const [first, second] = report.items[0].questions;
      expect(first).toMatchObject({
        id: 'q1',
        answered: 3,
        missed: 2,
        explanation: 'AWS patches them.',
        section: { title: 'Who patches what', href: '/lessons/launch-types#who-patches' },
      });
      expect(first.wrongChoices).toEqual([{ label: 'You', feedback: 'Mixes Fargate up with EC2.', count: 2 }]);
      expect(second).toMatchObject({ id: 'q2', answered: 3, missed: 1, wrongChoices: [{ label: 'False', feedback: 'F2', count: 1 }] });
      const csv = classReportCsv(report, 'questions', TOOL);
      expect(csv.split('\r\n')[1]).toBe(
        'Check-up: launch-types,Who patches Fargate hosts?,3,2,66.7,You,2,http://localhost:3000/lessons/launch-types#who-patches',
      );
    });

    test("another course's instructor sees their own course only", async () => {
      const other = await launch('teacher-2', INSTRUCTOR, { [LTI_CLAIM.context]: { id: 'course-2', title: 'Other course' } });
      const { members, activity } = await readClassActivity(database.db, classScope(other));
      expect(members).toEqual([]);
      expect(activity.map((row) => row.userSub)).toEqual(['xan']);
      const deployment2 = await launch('teacher-3', INSTRUCTOR, { [LTI_CLAIM.deploymentId]: 'deployment-2' });
      expect((await readClassActivity(database.db, classScope(deployment2))).activity.map((row) => row.userSub)).toEqual(['yul']);
      const otherPlatform = await launch('teacher-1', INSTRUCTOR, {}, OTHER_ISSUER);
      expect((await readAnswerPatterns(database.db, classScope(otherPlatform))).map((row) => row.chosen[0]).sort()).toEqual(['c', 'false']);
    });

    test('opening again keeps the first opening and moves the last', async () => {
      const cyd = await launch('cyd', LEARNER);
      await recordOpen(database.db, cyd.id, { kind: 'check-up', id: 'launch-types' }, daysAgo(1));
      const row = await database.db.selectFrom('lti_activity_open').selectAll().where('user_sub', '=', 'cyd').executeTakeFirstOrThrow();
      expect(new Date(row.first_opened_at).getTime()).toBe(daysAgo(9).getTime());
      expect(new Date(row.last_opened_at).getTime()).toBe(daysAgo(1).getTime());
      expect(row.user_name).toBe('Cyd');
    });

    test('delete-user and the retention purge cover openings too, and take answers out of the summary', async () => {
      expect((await deleteUser(database.db, platform.issuer, 'cyd')).opens).toBe(1);
      const scope = classScope(await launch('teacher-1', INSTRUCTOR));
      expect((await deleteUser(database.db, platform.issuer, 'bob')).attempts).toBe(2);
      const compared = await bothWays(scope);
      expect(compared.summary).toEqual(['q1 true  1', 'q2 true  1']);
      expect(compared.summary).toEqual(compared.answers);
      // Scores already in the gradebook: the purge may take their attempts (and their answers' counts).
      await database.db.updateTable('lti_score_outbox').set({ status: 'delivered' }).execute();
      const purged = await purgeExpired(database.db, 365, new Date(Date.now() + 400 * 24 * 60 * 60 * 1000));
      expect(purged.opens).toBeGreaterThan(0);
      expect(await database.db.selectFrom('lti_activity_open').select('user_sub').execute()).toEqual([]);
      expect(purged.attempts).toBeGreaterThan(0);
      expect((await bothWays(scope)).summary).toEqual([]);
      const left = await database.db
        .selectFrom('lti_answer_summary')
        .select((eb) => eb.fn.sum<number>('answers').as('total'))
        .executeTakeFirst();
      expect(Number(left?.total ?? 0)).toBe(0);
    });
  });
}
