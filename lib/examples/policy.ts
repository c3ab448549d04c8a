/**
 * IAM and SCP policy documents in the course's examples: parsed with their shape checked, and evaluated for the
 * calls a lesson says they allow or deny. The evaluation is the part of IAM's logic the examples use (an explicit
 * deny wins; an identity policy must allow; an SCP only limits), with the condition operators the examples use;
 * any other operator is reported instead of guessed. Pure.
 */

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface Request {
  principal: string;
  action: string;
  resource?: string;
  /** Condition keys and values of the request, e.g. `aws:RequestedRegion`, `iam:PassedToService`. */
  context?: Record<string, string>;
}

const OPERATORS = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'ArnLike', 'ArnNotLike', 'ArnEquals', 'ArnNotEquals'] as const;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** A policy document, a statement list or one statement, as statements; or the problems with its shape. */
export function parsePolicy(json: unknown): { statements: Statement[]; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown[];
  if (Array.isArray(json)) raw = json;
  else if (json && typeof json === 'object' && 'Statement' in json) {
    const doc = json as { Version?: unknown; Statement: unknown };
    if (doc.Version !== '2012-10-17') problems.push(`"Version": expected "2012-10-17", got ${JSON.stringify(doc.Version)}`);
    raw = list(doc.Statement);
  } else raw = [json];
  const statements: Statement[] = [];
  raw.forEach((item, index) => {
    const at = `statement ${index + 1}`;
    if (!item || typeof item !== 'object') return problems.push(`${at}: expected an object`);
    const s = item as Record<string, unknown>;
    for (const key of Object.keys(s))
      if (!['Sid', 'Effect', 'Action', 'Resource', 'Condition'].includes(key)) problems.push(`${at}: "${key}" is not a statement element these examples use`);
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') problems.push(`${at}: "Effect" must be "Allow" or "Deny"`);
    const actions = list(s.Action);
    const resources = list(s.Resource ?? []);
    if (!actions.length || actions.some((a) => typeof a !== 'string' || !/^([a-z0-9-]+:[A-Za-z0-9*]+|\*)$/.test(a)))
      problems.push(`${at}: "Action" must be service:Action strings`);
    if (!resources.length || resources.some((r) => typeof r !== 'string' || !(r === '*' || r.startsWith('arn:'))))
      problems.push(`${at}: "Resource" must be "*" or ARNs`);
    if (s.Condition !== undefined) {
      if (typeof s.Condition !== 'object' || s.Condition === null) problems.push(`${at}: "Condition" must be an object`);
      else
        for (const operator of Object.keys(s.Condition))
          if (!(OPERATORS as readonly string[]).includes(operator)) problems.push(`${at}: condition operator "${operator}" is not one this check evaluates`);
    }
    statements.push({
      Sid: s.Sid as string | undefined,
      Effect: s.Effect as 'Allow' | 'Deny',
      Action: actions as string[],
      Resource: resources as string[],
      Condition: s.Condition as Statement['Condition'],
    });
  });
  return { statements, problems };
}

/** IAM's wildcard match: `*` any run of characters, `?` one; actions compare case-insensitively. */
export function wildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const source =
    '^' +
    pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('') +
    '$';
  return new RegExp(source, ignoreCase ? 'i' : '').test(value);
}

function conditionHolds(condition: Statement['Condition'], request: Request): boolean {
  if (!condition) return true;
  const context: Record<string, string> = { 'aws:PrincipalArn': request.principal, ...request.context };
  return Object.entries(condition).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => {
      const actual = context[key];
      const values = list(expected) as string[];
      const negated = operator.includes('Not');
      if (actual === undefined) return negated; // IAM: a missing key fails a positive test and passes a negated one
      const like = operator.endsWith('Like');
      const any = values.some((value) => (like ? wildcard(value, actual) : value === actual));
      return negated ? !any : any;
    }),
  );
}

function matches(statement: Statement, request: Request): boolean {
  return (
    statement.Action.some((action) => wildcard(action, request.action, true)) &&
    statement.Resource.some((resource) => wildcard(resource, request.resource ?? '*') || resource === '*') &&
    conditionHolds(statement.Condition, request)
  );
}

/** Whether the request is allowed: an explicit deny in any policy wins; else an identity statement must allow it. */
export function evaluate(request: Request, identity: Statement[], scps: Statement[] = []): 'allowed' | 'explicit-deny' | 'implicit-deny' {
  if ([...identity, ...scps].some((statement) => statement.Effect === 'Deny' && matches(statement, request))) return 'explicit-deny';
  return identity.some((statement) => statement.Effect === 'Allow' && matches(statement, request)) ? 'allowed' : 'implicit-deny';
}

/** Actions that name no API operation but are real IAM actions (permission-only). */
export const PERMISSION_ONLY_ACTIONS = [
  'iam:PassRole',
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

/** Actions in the statements that are not operations of their service, given each service's operation names. */
export function unknownActions(statements: Statement[], operationsOf: (prefix: string) => string[] | undefined): string[] {
  const unknown: string[] = [];
  for (const action of statements.flatMap((statement) => statement.Action)) {
    if (action === '*' || PERMISSION_ONLY_ACTIONS.includes(action)) continue;
    const [prefix, name] = action.split(':');
    const operations = operationsOf(prefix);
    if (!operations) {
      unknown.push(`${action} (no model for "${prefix}")`);
      continue;
    }
    if (!operations.some((operation) => wildcard(name, operation, true))) unknown.push(action);
  }
  return unknown;
}
