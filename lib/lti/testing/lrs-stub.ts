/**
 * A Learning Record Store for tests: a real HTTP server on a free loopback port that takes statements the way an
 * xAPI 1.0.3 LRS does (PUT <endpoint>/statements?statementId=<id>): it checks Basic auth against its key and secret
 * (401), the X-Experience-API-Version header (400), the statement with Learning Locker's validator (400, with the
 * problems) and that the query's id is the statement's; stores a statement once by id (the same statement again:
 * 204; another statement under a stored id: 409). A test can take it down (`down = 503`, or 'drop' to close the
 * connection) and bring it back. GET <endpoint>/statements?statementId=<id> returns a stored statement.
 */
import http from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import type { AddressInfo } from 'node:net';
import validation from '@learninglocker/xapi-validation';

// A CommonJS module with `exports.default`: vitest hands over the function, Playwright's loader the module object.
const validateStatement = ((validation as unknown as { default?: typeof validation }).default ?? validation) as typeof validation;

export type LrsRequest = { method: string; path: string; statementId: string | null; status: number };

export class LrsStub {
  readonly statements = new Map<string, Record<string, unknown>>();
  readonly requests: LrsRequest[] = [];
  /** Problems the validator found in refused statements, for a test to read. */
  readonly refused: string[] = [];
  /** Set to a status (such as 503) to answer every request with it, or 'drop' to close connections unanswered. */
  down: number | 'drop' | null = null;
  private server?: http.Server;
  url = '';

  constructor(
    readonly key = 'lrs-key',
    readonly secret = 'lrs-secret',
    readonly basePath = '/xapi',
  ) {}

  /** The endpoint an instructor enters (the statements resource is under it). */
  get endpoint() {
    return `${this.url}${this.basePath}/`;
  }

  static async start(key?: string, secret?: string, port = 0): Promise<LrsStub> {
    const stub = new LrsStub(key, secret);
    stub.server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => stub.handle(request, body, response));
    });
    await new Promise<void>((resolve) => stub.server!.listen(port, '127.0.0.1', resolve));
    stub.url = `http://127.0.0.1:${(stub.server.address() as AddressInfo).port}`;
    return stub;
  }

  private handle(request: http.IncomingMessage, body: string, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', this.url);
    const statementId = url.searchParams.get('statementId');
    const answer = (status: number, json?: unknown) => {
      this.requests.push({ method: request.method ?? '', path: url.pathname, statementId, status });
      response.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (this.down === 'drop') {
      this.requests.push({ method: request.method ?? '', path: url.pathname, statementId, status: 0 });
      request.socket.destroy();
      return;
    }
    if (this.down !== null) return answer(this.down, { message: 'The LRS is down for maintenance.' });
    if (url.pathname !== `${this.basePath}/statements`) return answer(404, { message: 'Not found' });
    const expected = `Basic ${Buffer.from(`${this.key}:${this.secret}`).toString('base64')}`;
    if (request.headers.authorization !== expected) return answer(401, { message: 'Unauthorized' });
    if (request.headers['x-experience-api-version'] !== '1.0.3') return answer(400, { message: 'X-Experience-API-Version 1.0.3 expected' });
    if (request.method === 'GET') {
      const stored = statementId ? this.statements.get(statementId) : undefined;
      return stored ? answer(200, stored) : answer(404, { message: 'No such statement' });
    }
    if (request.method !== 'PUT' || !statementId) return answer(405, { message: 'PUT statements?statementId=' });
    let statement: Record<string, unknown>;
    try {
      statement = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return answer(400, { message: 'Not JSON' });
    }
    const problems = validateStatement(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);
    if (statement.id !== statementId) problems.push('id: differs from statementId');
    if (problems.length) {
      this.refused.push(...problems);
      return answer(400, { message: 'Invalid statement', problems });
    }
    const stored = this.statements.get(statementId);
    if (stored) return answer(isDeepStrictEqual(stored, statement) ? 204 : 409);
    this.statements.set(statementId, statement);
    return answer(204);
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
