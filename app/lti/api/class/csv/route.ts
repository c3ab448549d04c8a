/** The class view's tables as CSV (same numbers, same authorisation as /lti/api/class): ?table=learners|scores|questions. */
import { z } from 'zod';
import { classReportFor, serverTiming } from '@/lib/lti/class/api';
import { courseLookup } from '@/lib/lti/class/course-content';
import { classReportCsv, CSV_TABLES } from '@/lib/lti/class/report';
import { LtiError } from '@/lib/lti/errors';
import { errorJson, toolOrigin } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const table = z.enum(CSV_TABLES).safeParse(params.get('table'));
    if (!table.success) throw new LtiError('request', `Unknown table: choose one of ${CSV_TABLES.join(', ')}.`, 'Use the download buttons of the class view.');
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const { report, timings } = await classReportFor(db, launch, { requestedContext: params.get('context'), lookupFor: courseLookup });
    // A byte order mark, so spreadsheet programs read the names as UTF-8.
    return new Response(`\uFEFF${classReportCsv(report, table.data, toolOrigin(request))}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="class-${table.data}.csv"`,
        'cache-control': 'no-store',
        'server-timing': serverTiming(timings),
      },
    });
  } catch (error) {
    return errorJson(error, 'class csv');
  }
}
