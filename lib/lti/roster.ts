/**
 * Names and Role Provisioning Services 2.0: the course's members, fetched on an instructor's launch (every page of
 * the membership container, following Link rel="next") and kept per platform and context for class results.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { LTI_SCOPE, mapRoles } from './claims';
import type { Database, Launch, LtiRole } from './db/schema';
import { LtiError } from './errors';
import { ServiceError, serviceRequest } from './services';

const membershipSchema = z.object({
  members: z.array(
    z.object({
      user_id: z.string().min(1).max(255),
      name: z.string().max(200).optional(),
      roles: z.array(z.string()).default([]),
      status: z.string().default('Active'),
    }),
  ),
});

export type RosterMember = { userSub: string; name: string | null; role: LtiRole; status: string };

/** The next page's URL from a Link header, if any. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part.trim());
    if (match) return match[1];
  }
  return null;
}

export async function fetchRoster(db: Kysely<Database>, launch: Launch, fetchImpl: typeof fetch = fetch, now = new Date()): Promise<RosterMember[]> {
  if (launch.role !== 'instructor' || !launch.nrps_url || !launch.context_id) {
    throw new LtiError(
      'session',
      "The roster is only read on an instructor's launch from a course that shares it.",
      'Enable "Sharing of course members" (Names and Role Provisioning) for this tool in the platform.',
      403,
    );
  }
  const platform = await db.selectFrom('lti_platform').selectAll().where('id', '=', launch.platform_id).executeTakeFirstOrThrow();
  const members: RosterMember[] = [];
  let url: string | null = launch.nrps_url;
  for (let page = 0; url && page < 50; page++) {
    const response = await serviceRequest(
      db,
      platform,
      [LTI_SCOPE.roster],
      url,
      { headers: { accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json' } },
      fetchImpl,
    );
    if (!response.ok) throw new ServiceError(`roster service answered ${response.status}`, response.status);
    const parsed = membershipSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ServiceError('roster service sent an unexpected document');
    for (const member of parsed.data.members) {
      members.push({ userSub: member.user_id, name: member.name ?? null, role: mapRoles(member.roles), status: member.status });
    }
    url = nextLink(response.headers.get('link'));
  }
  if (members.length) {
    await db
      .insertInto('lti_roster_member')
      .values(
        members.map((member) => ({
          platform_id: launch.platform_id,
          context_id: launch.context_id!,
          user_sub: member.userSub,
          name: member.name,
          role: member.role,
          status: member.status,
          fetched_at: now,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['platform_id', 'context_id', 'user_sub']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          role: eb.ref('excluded.role'),
          status: eb.ref('excluded.status'),
          fetched_at: eb.ref('excluded.fetched_at'),
        })),
      )
      .execute();
  }
  return members;
}
