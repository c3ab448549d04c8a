/**
 * An LMS stand-in for the class-results journey, served over HTTP by the test (a second origin): OpenID
 * configuration and client registration (so the running tool registers it through /lti/register, as it would a real
 * LMS), its key set, an authorization endpoint that answers the tool's login with a signed id_token in an
 * auto-posting form (the browser carries it to /lti/launch, state cookie and all), an access token and the course's
 * members (NRPS). Who logs in is chosen by login_hint: the test says what each hint's user is.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim';
export const ROLE = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
};

export type TestUser = { sub: string; name: string; role: keyof typeof ROLE; context: { id: string; title: string } };

const escape = (value: string) => value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

export class TestPlatform {
  url = '';
  readonly clientId = `class-results-${Date.now()}`;
  readonly deploymentId = 'class-deployment-1';
  readonly users = new Map<string, TestUser>();
  /** The course members NRPS returns, per context id. */
  readonly members = new Map<string, TestUser[]>();
  private server?: http.Server;
  private key?: { privateKey: CryptoKey; jwk: JWK };

  static async start(): Promise<TestPlatform> {
    const platform = new TestPlatform();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    platform.key = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'class-test-key', alg: 'RS256', use: 'sig' } };
    platform.server = http.createServer((request, response) => void platform.answer(request, response));
    await new Promise<void>((resolve) => platform.server!.listen(0, '127.0.0.1', resolve));
    platform.url = `http://127.0.0.1:${(platform.server.address() as AddressInfo).port}`;
    return platform;
  }

  /** The custom parameters a deep-linked check-up carries (lib/lti/grading.ts), with three attempts allowed. */
  static checkUp(lesson: string) {
    return {
      item_kind: 'check-up',
      item_id: lesson,
      assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 3, feedback: 'right-wrong' }),
      score_maximum: '10',
    };
  }

  lesson = 'launch-types';

  private async answer(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', this.url);
    const json = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer: this.url,
        authorization_endpoint: `${this.url}/auth`,
        token_endpoint: `${this.url}/token`,
        jwks_uri: `${this.url}/jwks`,
        registration_endpoint: `${this.url}/register`,
      });
    }
    if (url.pathname === '/register')
      return json({ client_id: this.clientId, 'https://purl.imsglobal.org/spec/lti-tool-configuration': { deployment_id: this.deploymentId } });
    if (url.pathname === '/jwks') return json({ keys: [this.key!.jwk] });
    if (url.pathname === '/token') return json({ access_token: 'class-test-token', token_type: 'Bearer', expires_in: 3600 });
    if (url.pathname === '/memberships') {
      const members = this.members.get(url.searchParams.get('context') ?? '') ?? [];
      return json({ members: members.map((member) => ({ user_id: member.sub, name: member.name, roles: [ROLE[member.role]], status: 'Active' })) });
    }
    if (url.pathname === '/auth') {
      const user = this.users.get(url.searchParams.get('login_hint') ?? '');
      const redirect = url.searchParams.get('redirect_uri') ?? '';
      if (!user || !redirect) {
        response.writeHead(400);
        response.end('unknown user');
        return;
      }
      const seconds = Math.floor(Date.now() / 1000);
      const idToken = await new SignJWT({
        iss: this.url,
        aud: this.clientId,
        sub: user.sub,
        name: user.name,
        nonce: url.searchParams.get('nonce'),
        iat: seconds,
        exp: seconds + 300,
        [`${CLAIM}/message_type`]: 'LtiResourceLinkRequest',
        [`${CLAIM}/version`]: '1.3.0',
        [`${CLAIM}/deployment_id`]: this.deploymentId,
        [`${CLAIM}/roles`]: [ROLE[user.role]],
        [`${CLAIM}/resource_link`]: { id: `${user.context.id}-check-up`, title: 'Check-up' },
        [`${CLAIM}/context`]: user.context,
        [`${CLAIM}/custom`]: TestPlatform.checkUp(this.lesson),
        'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
          context_memberships_url: `${this.url}/memberships?context=${encodeURIComponent(user.context.id)}`,
          service_versions: ['2.0'],
        },
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'class-test-key', typ: 'JWT' })
        .sign(this.key!.privateKey);
      const state = url.searchParams.get('state') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>Test LMS</title><form method="post" action="${escape(redirect)}"><input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${escape(state)}"></form><script>document.forms[0].submit()</script></html>`,
      );
      return;
    }
    response.writeHead(404);
    response.end();
  }

  async stop() {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
