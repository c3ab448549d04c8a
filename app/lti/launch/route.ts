/**
 * The launch (the platform's form POST with id_token and state): checks the browser binding (the state cookie, or
 * the platform's client-side storage through a small postMessage page), then every id_token check
 * (lib/lti/launch.ts), then sends the browser to the page the launch opens, with the session token in the URL's
 * fragment (never sent to a server, never in a log or a Referer).
 */
import { LtiError, logLti } from '@/lib/lti/errors';
import { parseTarget } from '@/lib/lti/grading';
import { clearStateCookie, errorPage, hasStateCookie, htmlPage, requestParams } from '@/lib/lti/http';
import { stateNeedsPlatformStorage, validateLaunch, type LaunchInput } from '@/lib/lti/launch';
import { toolDb } from '@/lib/lti/server';
import { getNonceScript, NO_ANSWER, STORAGE_ERROR, STORAGE_TIMEOUT_MS } from '@/lib/lti/platform-storage';
import { recordOpen } from '@/lib/lti/class/queries';
import { LTI_CLAIM } from '@/lib/lti/claims';
import { LESSON_SLUGS } from '@/lib/course';
import { isPracticeCustom, practiceLaunchPath } from '@/lib/lti/practice-links';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';

export const dynamic = 'force-dynamic';

const TOKEN_FIELD = /^[A-Za-z0-9_.-]{1,20000}$/;

function storagePage(idToken: string, state: string, storage: { target: string; origin: string }): Response {
  return htmlPage(
    'Opening the course tool',
    `<form method="post" action="/lti/launch"><input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${state}"><input type="hidden" name="lti_storage_nonce" value=""><input type="hidden" name="lti_storage_error" value=""><noscript><p>The course tool needs JavaScript to open inside the course.</p></noscript></form><p>Opening the course tool…</p>`,
    { script: getNonceScript({ ...storage, state }) },
  );
}

export async function POST(request: Request): Promise<Response> {
  try {
    const params = await requestParams(request);
    if (params.error) {
      throw new LtiError(
        'request',
        `The platform refused the login: ${params.error}${params.error_description ? ` (${params.error_description.slice(0, 200)})` : ''}.`,
        'Check that the tool is enabled for this course and that you are logged in to it.',
      );
    }
    const idToken = params.id_token ?? '';
    const state = params.state ?? '';
    if (!TOKEN_FIELD.test(idToken) || !/^[A-Za-z0-9_-]{20,100}$/.test(state)) {
      throw new LtiError(
        'request',
        'The launch has no id_token or state.',
        "Open the activity again from the course page; the tool's redirect URL in the platform must be this tool's /lti/launch.",
      );
    }
    const db = await toolDb();
    let binding: LaunchInput['binding'];
    if (hasStateCookie(request, state)) {
      binding = { kind: 'cookie' };
    } else {
      const storage = await stateNeedsPlatformStorage(db, state);
      if (storage && params.lti_storage_nonce === undefined) return storagePage(idToken, state, storage);
      if (!storage) {
        throw new LtiError(
          'browser-binding',
          "This browser did not keep the tool's login cookie, and the platform offers no storage for it.",
          'Allow cookies for the course tool (or open the activity in a new window), then open it again.',
        );
      }
      if (!params.lti_storage_nonce) {
        const code = STORAGE_ERROR.test(params.lti_storage_error ?? '') ? params.lti_storage_error : NO_ANSWER;
        throw new LtiError(
          'browser-binding',
          code === NO_ANSWER
            ? `This browser did not keep the tool's login cookie, and the platform's storage (${storage.origin}, frame "${storage.target}") did not answer within ${STORAGE_TIMEOUT_MS / 1000} seconds.`
            : `This browser did not keep the tool's login cookie, and the platform's storage (${storage.origin}) answered with the error "${code}".`,
          'Open the activity again from the course page. If it keeps failing, allow cookies for the course tool or open it in a new window; an administrator can check that the platform offers LTI client-side storage from the origin of its authorization URL.',
        );
      }
      binding = { kind: 'platform-storage', nonce: params.lti_storage_nonce };
    }
    const launch = await validateLaunch(db, { idToken, state, binding });
    logLti('launch', { platform: launch.platform.id, type: launch.messageType, role: launch.role });
    let path: string;
    if (launch.messageType === 'LtiDeepLinkingRequest') {
      if (launch.role !== 'instructor')
        throw new LtiError('session', 'Only instructors can add content from this tool.', 'Ask an instructor of the course to add the activity.', 403);
      path = '/lti/pick';
    } else if (isPracticeCustom(launch.claims[LTI_CLAIM.custom])) {
      // Practice (a lesson, widget, checklist or quiz round): the embed page, ungraded; it needs no session.
      const practice = practiceLaunchPath(
        launch.claims[LTI_CLAIM.custom],
        allRounds(getResponsibilityMatrix()).map((round) => round.id),
      );
      return new Response(null, { status: 303, headers: { location: practice, 'set-cookie': clearStateCookie(state), 'cache-control': 'no-store' } });
    } else {
      const target = parseTarget(launch.claims[LTI_CLAIM.custom]);
      if (target.kind === 'check-up') {
        if (!(LESSON_SLUGS as readonly string[]).includes(target.lesson)) {
          throw new LtiError(
            'claims',
            `This link opens lesson "${target.lesson}", which the course no longer has.`,
            'Edit the activity and pick its check-up again (deep linking).',
          );
        }
        path = `/lti/check-up/${target.lesson}`;
      } else {
        const known = new Set(allRounds(getResponsibilityMatrix()).map((round) => round.id));
        const gone = target.rounds.filter((round) => !known.has(round));
        if (gone.length) {
          throw new LtiError(
            'claims',
            `This link's quiz rounds are no longer in the course: ${gone.join(', ')}.`,
            'Edit the activity and pick its rounds again (deep linking).',
          );
        }
        path = '/lti/quiz';
      }
      // Class results tell "opened, not finished" from "not started"; a failure here must not stop the learner.
      if (launch.role === 'learner')
        await recordOpen(db, launch.launchId, { kind: target.kind, id: target.id }).catch((error) =>
          logLti('open not noted', { error: error instanceof Error ? error.name : 'unknown' }),
        );
    }
    return new Response(null, {
      status: 303,
      headers: { location: `${path}#${launch.sessionToken}`, 'set-cookie': clearStateCookie(state), 'cache-control': 'no-store' },
    });
  } catch (error) {
    return errorPage(error, 'launch');
  }
}
