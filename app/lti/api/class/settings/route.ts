/**
 * The instructor's settings for their course (lib/lti/class/settings.ts): "stuck" thresholds and the LRS the class's
 * xAPI statements are forwarded to. Same authorisation as /lti/api/class: an instructor's launch, its own course.
 * Answers with the saved settings (never the secret) and the forwarding's state.
 */
import { deliverDueStatements, forwardingStatus, retryCourseNow } from '@/lib/lti/class/lrs';
import { classScope } from '@/lib/lti/class/queries';
import { parseSettingsInput, saveSettings } from '@/lib/lti/class/settings';
import { errorJson } from '@/lib/lti/http';
import { launchForSession } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function PUT(request: Request) {
  try {
    const db = await toolDb();
    const launch = await launchForSession(db, request.headers.get('authorization'));
    const scope = classScope(launch, new URL(request.url).searchParams.get('context'));
    const input = parseSettingsInput(await request.json().catch(() => null));
    const settings = await saveSettings(db, scope, input);
    if (settings.lrs) {
      // What was waiting (the LRS was down, or the secret wrong) goes now, so the status below is the new settings'.
      await retryCourseNow(db, scope);
      await deliverDueStatements(db, { limit: 100, timeoutMs: 5_000, deadlineMs: 8_000, filter: { scope } }).catch(() => []);
    }
    const forwarding = settings.lrs ? await forwardingStatus(db, scope) : null;
    return Response.json({ settings, forwarding }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorJson(error, 'class settings');
  }
}
