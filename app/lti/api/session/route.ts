/** What the launched page needs to know about its launch: role, the assignment, attempts used and left. */
import { attemptsLeft } from '@/lib/assignment/settings';
import { parseTarget } from '@/lib/lti/grading';
import { errorJson } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const base = {
      role: launch.role,
      messageType: launch.message_type,
      name: launch.user_name,
      contextTitle: launch.context_title,
      hasRoster: Boolean(launch.nrps_url),
    };
    if (launch.message_type !== 'LtiResourceLinkRequest') return Response.json(base, { headers: { 'cache-control': 'no-store' } });
    const target = parseTarget(launch.target);
    const used = await db
      .selectFrom('lti_attempt')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('reported_score').as('best')])
      .where('platform_id', '=', launch.platform_id)
      .where('deployment_pk', '=', launch.deployment_pk)
      .where('resource_link_id', '=', launch.resource_link_id)
      .where('user_sub', '=', launch.user_sub)
      .executeTakeFirstOrThrow();
    const count = Number(used.count);
    return Response.json(
      {
        ...base,
        kind: target.kind,
        ...(target.kind === 'check-up' ? { lesson: target.lesson } : { rounds: target.rounds }),
        assignment: target.assignment,
        scoreMaximum: target.scoreMaximum,
        attemptsUsed: count,
        attemptsLeft: attemptsLeft(target.assignment, count),
        bestScore: used.best === null ? null : Number(used.best),
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    return errorJson(error, 'session');
  }
}
