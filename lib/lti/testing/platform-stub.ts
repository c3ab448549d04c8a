/**
 * An LTI platform for tests: its own RSA keys, a key set served over HTTP (a real server on a free port, so the
 * tool's remote key set cache and refetch run for real), id_tokens signed the way a platform signs them, and a token
 * and score endpoint whose answers a test can script.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { LTI_CLAIM } from '../claims';

type Key = { kid: string; privateKey: CryptoKey; jwk: JWK };

async function newKey(kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export type StubRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string };

export class PlatformStub {
  readonly issuer = 'https://platform.test';
  readonly clientId = 'tool-client-1';
  readonly deploymentId = 'deployment-1';
  private keys: Key[] = [];
  /** Keys the platform signs with but does not (yet) publish. */
  private unpublished: Key[] = [];
  readonly requests: StubRequest[] = [];
  /** Answers for paths other than the key set, in order; a test pushes what it wants the platform to say. */
  readonly scripted = new Map<string, { status: number; body?: unknown; headers?: Record<string, string> }[]>();
  private server?: http.Server;
  url = '';

  static async start(): Promise<PlatformStub> {
    const stub = new PlatformStub();
    stub.keys.push(await newKey('platform-key-1'));
    stub.server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const path = (request.url ?? '/').split('?')[0];
        stub.requests.push({ method: request.method ?? 'GET', path, headers: request.headers, body });
        if (path === '/jwks') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ keys: stub.keys.map((key) => key.jwk) }));
          return;
        }
        const next = stub.scripted.get(path)?.shift();
        if (!next) {
          response.writeHead(404);
          response.end();
          return;
        }
        response.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
        response.end(next.body === undefined ? '' : JSON.stringify(next.body));
      });
    });
    await new Promise<void>((resolve) => stub.server!.listen(0, '127.0.0.1', resolve));
    stub.url = `http://127.0.0.1:${(stub.server.address() as AddressInfo).port}`;
    return stub;
  }

  get registration() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      authLoginUrl: `${this.url}/auth`,
      authTokenUrl: `${this.url}/token`,
      jwksUrl: `${this.url}/jwks`,
      deploymentIds: [this.deploymentId],
    };
  }

  keySetFetches = () => this.requests.filter((request) => request.path === '/jwks').length;

  /** A new key the platform signs with from now on; published only when `publish` is true. */
  async rotate({ publish }: { publish: boolean }): Promise<string> {
    const key = await newKey(`platform-key-${this.keys.length + this.unpublished.length + 1}`);
    (publish ? this.keys : this.unpublished).push(key);
    return key.kid;
  }

  /** A well-formed resource link launch for `nonce`; `claims` override or remove (undefined) any claim. */
  launchClaims(nonce: string, claims: Record<string, unknown> = {}): Record<string, unknown> {
    const base: Record<string, unknown> = {
      iss: this.issuer,
      aud: this.clientId,
      sub: 'learner-42',
      name: 'Ada Learner',
      nonce,
      [LTI_CLAIM.messageType]: 'LtiResourceLinkRequest',
      [LTI_CLAIM.version]: '1.3.0',
      [LTI_CLAIM.deploymentId]: this.deploymentId,
      [LTI_CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
      [LTI_CLAIM.resourceLink]: { id: 'link-1', title: 'Check-up' },
      [LTI_CLAIM.context]: { id: 'course-1', title: 'Containers 101' },
      [LTI_CLAIM.custom]: {
        item_kind: 'check-up',
        item_id: 'launch-types',
        assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 2, feedback: 'right-wrong' }),
        score_maximum: '10',
      },
      [LTI_CLAIM.ags]: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'], lineitem: `${this.url}/lineitems/7/lineitem?type_id=3` },
      [LTI_CLAIM.nrps]: { context_memberships_url: `${this.url}/memberships` },
    };
    for (const [name, value] of Object.entries(claims)) {
      if (value === undefined) delete base[name];
      else base[name] = value;
    }
    return base;
  }

  /** Signs claims as this platform (with `kid`'s key, default the newest); iat/exp relative to `now`. */
  async sign(
    claims: Record<string, unknown>,
    { kid, now = new Date(), expiresInSeconds = 300, key }: { kid?: string; now?: Date; expiresInSeconds?: number; key?: CryptoKey } = {},
  ): Promise<string> {
    const all = [...this.keys, ...this.unpublished];
    const signer = kid ? all.find((entry) => entry.kid === kid)! : all[all.length - 1];
    const seconds = Math.floor(now.getTime() / 1000);
    return new SignJWT({ iat: seconds, exp: seconds + expiresInSeconds, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
      .sign(key ?? signer.privateKey);
  }

  /** A key that is not the platform's (for a forged signature). */
  static async strangerKey(): Promise<CryptoKey> {
    return (await generateKeyPair('RS256')).privateKey;
  }

  async stop() {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
