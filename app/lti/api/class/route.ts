/** Class results for an instructor's launch (lib/lti/class): the report the class view shows, as JSON. */
import { classReportFor, serverTiming } from '@/lib/lti/class/api';
import { courseLookup } from '@/lib/lti/class/course-content';
import { errorJson } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const { report, timings } = await classReportFor(db, launch, {
      requestedContext: new URL(request.url).searchParams.get('context'),
      lookupFor: courseLookup,
    });
    return Response.json(report, { headers: { 'cache-control': 'no-store', 'server-timing': serverTiming(timings) } });
  } catch (error) {
    return errorJson(error, 'class');
  }
}
