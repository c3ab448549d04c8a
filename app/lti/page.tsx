/**
 * /lti: the tool's setup page for an LMS administrator: the registration URL to paste (Dynamic Registration) and
 * the URLs a manual registration needs. Rendered on request: the URLs are this server's own origin.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { toolEndpoints, TOOL_NAME } from '@/lib/lti/registration';

export const metadata: Metadata = { title: 'LTI 1.3 tool setup', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function LtiSetupPage() {
  const list = await headers();
  const configured = process.env.LTI_TOOL_URL;
  const origin = configured
    ? new URL(configured).origin
    : `${list.get('x-forwarded-proto') ?? 'http'}://${list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000'}`;
  const endpoints = toolEndpoints(origin);
  const rows: [string, string][] = [
    ['Tool URL (launch and redirect URL)', endpoints.launch],
    ['Initiate login URL', endpoints.login],
    ['Deep linking (content selection) URL', endpoints.deepLink],
    ['Public key set URL', endpoints.jwks],
  ];
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">{TOOL_NAME} as an LTI 1.3 tool</h1>
      <section aria-labelledby="dynamic" className="grid gap-2">
        <h2 id="dynamic" className="text-xl font-semibold">
          Register by pasting one URL
        </h2>
        <p>
          In an LMS that supports LTI Dynamic Registration (Moodle: Site administration, Plugins, External tool, Manage tools, &quot;Tool URL&quot;), paste:
        </p>
        <p>
          <code className="break-all rounded bg-zinc-100 px-2 py-1 dark:bg-zinc-800">{endpoints.register}</code>
        </p>
      </section>
      <section aria-labelledby="manual" className="grid gap-2">
        <h2 id="manual" className="text-xl font-semibold">
          Register by hand
        </h2>
        <p>Give the LMS these URLs, with RSA key set as the key type and deep linking and grade and member services on:</p>
        <dl className="grid gap-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="font-medium">{label}</dt>
              <dd>
                <code className="break-all">{value}</code>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          Then tell the tool about the LMS:{' '}
          <code>npm run lti -- add-platform --issuer … --client-id … --auth-login-url … --auth-token-url … --jwks-url … --deployment-id …</code> (docs/lti.md).
        </p>
      </section>
    </div>
  );
}
