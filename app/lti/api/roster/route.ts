/** The course's members (NRPS), refreshed from the platform on an instructor's launch. */
import { errorJson } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { fetchRoster } from '@/lib/lti/roster';
import { ServiceError } from '@/lib/lti/services';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const members = await fetchRoster(db, launch);
    return Response.json(
      { members: members.map((member) => ({ name: member.name, role: member.role, status: member.status })) },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    if (error instanceof ServiceError)
      return Response.json({ error: 'roster', message: "The course's member list could not be read from the LMS right now.", fix: '' }, { status: 502 });
    return errorJson(error, 'roster');
  }
}
