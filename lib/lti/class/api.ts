/**
 * The class view's server side, behind the launch session: who asks (classScope refuses learners, launches outside
 * a course and a course other than the launch's), a roster fresh from the LMS when this launch has not read it yet,
 * then the two view queries and the report. The route handlers are thin around this.
 */
import type { Kysely } from 'kysely';
import type { Database, Launch } from '../db/schema';
import { logLti } from '../errors';
import { parseTarget } from '../grading';
import { fetchRoster } from '../roster';
import type { AnswerPatternRow, ItemRef } from './aggregate';
import { classScope, readAnswerPatterns, readClassActivity } from './queries';
import { buildClassReport, type ClassReport, type CourseLookup } from './report';
import { forwardingStatus, type ForwardingStatus } from './lrs';
import { publicSettings, readSettingsRow, stuckRulesOf, type PublicSettings } from './settings';

/** What the class view reads: the report, the instructor's settings (no secret) and the LRS forwarding's state. */
export type ClassView = ClassReport & { settings: PublicSettings; forwarding: ForwardingStatus | null };

export type ClassTimings = { roster: number; activity: number; answers: number; settings: number; build: number };

function launchedItem(launch: Launch): ItemRef | null {
  if (launch.message_type !== 'LtiResourceLinkRequest') return null;
  try {
    const target = parseTarget(launch.target);
    return { kind: target.kind, id: target.id };
  } catch {
    return null;
  }
}

/** Reads the course's members from the LMS unless this launch's course was read since the launch began. */
async function refreshRoster(db: Kysely<Database>, launch: Launch, fetchImpl: typeof fetch) {
  if (!launch.nrps_url || !launch.context_id) return;
  const last = await db
    .selectFrom('lti_roster_member')
    .select((eb) => eb.fn.max('fetched_at').as('at'))
    .where('platform_id', '=', launch.platform_id)
    .where('context_id', '=', launch.context_id)
    .executeTakeFirst();
  if (last?.at && new Date(last.at) >= new Date(launch.created_at)) return;
  await fetchRoster(db, launch, fetchImpl).catch((error) => logLti('class roster not refreshed', { error: error instanceof Error ? error.name : 'unknown' }));
}

export async function classReportFor(
  db: Kysely<Database>,
  launch: Launch,
  options: {
    requestedContext?: string | null;
    lookupFor: (answers: readonly AnswerPatternRow[]) => Promise<CourseLookup>;
    now?: Date;
    fetchImpl?: typeof fetch;
  },
): Promise<{ report: ClassView; timings: ClassTimings }> {
  const scope = classScope(launch, options.requestedContext);
  const clock = () => performance.now();
  let started = clock();
  await refreshRoster(db, launch, options.fetchImpl ?? fetch);
  const roster = clock() - started;
  started = clock();
  const { members, activity } = await readClassActivity(db, scope);
  const activityMs = clock() - started;
  started = clock();
  const answers = await readAnswerPatterns(db, scope);
  const answersMs = clock() - started;
  started = clock();
  const settingsRow = await readSettingsRow(db, scope);
  const settings = publicSettings(settingsRow);
  const forwarding = settings.lrs ? await forwardingStatus(db, scope) : null;
  const settingsMs = clock() - started;
  started = clock();
  const lookup = await options.lookupFor(answers);
  const report = buildClassReport(
    { members, activity, answers, launched: launchedItem(launch), courseTitle: launch.context_title },
    lookup,
    options.now ?? new Date(),
    stuckRulesOf(settingsRow),
  );
  return {
    report: { ...report, settings, forwarding },
    timings: { roster, activity: activityMs, answers: answersMs, settings: settingsMs, build: clock() - started },
  };
}

/** The Server-Timing header for the class routes (durations in ms), so the view's cost is visible in the browser. */
export const serverTiming = (timings: ClassTimings) =>
  Object.entries(timings)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
    .join(', ');
