/**
 * AWS CLI commands in the course's shell examples, checked against the CLI's own vocabulary: the service, the
 * command (an API operation in kebab case, a `wait` waiter, or one of the CLI's hand-written commands such as
 * `logs tail`) and every `--option` (the operation's input members in kebab case, the global options, and the
 * options the CLI adds itself). Pure: the service models come in as data (lib/examples/aws-models.ts loads them).
 */

export interface ServiceModel {
  /** kebab-case command -> its option names without the dashes. */
  commands: Record<string, string[]>;
  /** kebab-case waiter -> the command it polls and the values its success acceptors expect. */
  waiters: Record<string, { command: string; success: string[]; failure: string[] }>;
}

export interface AwsCall {
  service: string;
  command: string;
  /** For `aws <service> wait <waiter>`, the waiter's name. */
  waiter?: string;
  options: string[];
  /** Each option's value, when the word after it is not another option (`--repository-name orders-api`). */
  values: Record<string, string>;
  line: number;
}

/** Options every command takes (`aws help global-options`), and the pagination options of list commands. */
export const GLOBAL_OPTIONS = [
  'region',
  'output',
  'query',
  'profile',
  'endpoint-url',
  'no-cli-pager',
  'cli-input-json',
  'cli-input-yaml',
  'debug',
  'no-paginate',
  'color',
  'no-verify-ssl',
  'generate-cli-skeleton',
  'cli-read-timeout',
  'cli-connect-timeout',
  'page-size',
  'max-items',
  'starting-token',
  'no-sign-request',
  'ca-bundle',
  'cli-binary-format',
  'cli-auto-prompt',
];

/** Commands and options the CLI writes by hand on top of the API (its "customizations"). */
export const CLI_CUSTOMIZATIONS: Record<string, Record<string, string[]>> = {
  logs: { tail: ['group-name', 'since', 'follow', 'format', 'filter-pattern', 'log-stream-names', 'log-stream-name-prefix', 'mode'] },
  ecr: { 'get-login-password': [] },
  ec2: {
    'authorize-security-group-ingress': ['protocol', 'port', 'cidr', 'source-group', 'group-owner'],
    'revoke-security-group-ingress': ['protocol', 'port', 'cidr', 'source-group', 'group-owner'],
  },
};

/** botocore's xform_name: `RegisterTaskDefinition` -> `register-task-definition`, `VpcEndpointIds` -> `vpc-endpoint-ids`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

type Token = { word: string; line: number } | { op: string; line: number };

/** Splits shell text into words and the operators that end a command, honouring quotes and line continuations. */
export function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let line = 1;
  let quote: '"' | "'" | null = null;
  const flush = () => {
    if (inWord) tokens.push({ word, line });
    word = '';
    inWord = false;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (c === '\n') line++;
    if (quote) {
      if (c === quote) quote = null;
      else word += c;
      continue;
    }
    if (c === '\\' && script[i + 1] === '\n') {
      i++;
      line++;
      continue;
    }
    if (c === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
      continue;
    }
    if (c === ' ' || c === '\t') {
      flush();
      continue;
    }
    const two = script.slice(i, i + 2);
    if (two === '$(' || two === '<(' || two === '&&' || two === '||') {
      flush();
      tokens.push({ op: two, line });
      i++;
      continue;
    }
    if (c === '\n' || c === ';' || c === '|' || c === ')' || c === '(' || c === '<' || c === '>') {
      flush();
      tokens.push({ op: c, line });
      continue;
    }
    word += c;
    inWord = true;
  }
  flush();
  return tokens;
}

/** Shell words after which a new command starts. */
const COMMAND_STARTERS = ['do', 'then', 'else', 'time', '!', 'exec'];

/** Every `aws ...` call in a script, in order. */
export function awsCalls(script: string): AwsCall[] {
  const tokens = tokenize(script);
  const calls: AwsCall[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!('word' in token) || token.word !== 'aws') continue;
    if (previous && 'word' in previous && !COMMAND_STARTERS.includes(previous.word)) continue;
    const words: string[] = [];
    let j = i + 1;
    for (; j < tokens.length && 'word' in tokens[j]; j++) words.push((tokens[j] as { word: string }).word);
    const positional = words.filter((word) => !word.startsWith('--'));
    const service = positional[0] ?? '';
    const isWait = positional[1] === 'wait';
    const options = words.filter((word) => word.startsWith('--')).map((word) => word.slice(2).split('=')[0]);
    const values: Record<string, string> = {};
    words.forEach((word, k) => {
      if (!word.startsWith('--')) return;
      const [name, inline] = word.slice(2).split(/=(.*)/s);
      if (inline !== undefined) values[name] = inline;
      else if (words[k + 1] !== undefined && !words[k + 1].startsWith('--')) values[name] = words[k + 1];
    });
    calls.push({ service, command: isWait ? 'wait' : (positional[1] ?? ''), waiter: isWait ? positional[2] : undefined, options, values, line: token.line });
    i = j - 1;
  }
  return calls;
}

/** Problems with the calls in one script; `models` has one entry per CLI service name (`ecs`, `logs`...). */
export function checkAwsCalls(script: string, models: Record<string, ServiceModel>): string[] {
  const problems: string[] = [];
  for (const call of awsCalls(script)) {
    const at = `line ${call.line}: aws ${call.service} ${call.command}${call.waiter ? ` ${call.waiter}` : ''}`;
    const model = models[call.service];
    if (!model) {
      problems.push(`${at}: unknown service "${call.service}" (or no model loaded for it)`);
      continue;
    }
    let allowed: string[] | undefined;
    if (call.waiter) {
      const waiter = model.waiters[call.waiter];
      if (!waiter) {
        problems.push(`${at}: "${call.waiter}" is not a waiter of ${call.service} (${Object.keys(model.waiters).join(', ') || 'none'})`);
        continue;
      }
      allowed = model.commands[waiter.command];
    } else {
      allowed = CLI_CUSTOMIZATIONS[call.service]?.[call.command] ?? model.commands[call.command];
      if (allowed && CLI_CUSTOMIZATIONS[call.service]?.[call.command] && model.commands[call.command]) {
        allowed = [...allowed, ...model.commands[call.command]];
      }
    }
    if (!allowed) {
      problems.push(`${at}: "${call.command}" is not a ${call.service} command`);
      continue;
    }
    for (const option of call.options) {
      const base = option.startsWith('no-') && !GLOBAL_OPTIONS.includes(option) ? option.slice(3) : option;
      if (!allowed.includes(option) && !allowed.includes(base) && !GLOBAL_OPTIONS.includes(option)) {
        problems.push(`${at}: no option --${option}`);
      }
    }
  }
  return problems;
}

/** The waiters a script uses, with the states that end them successfully (for "does this waiter ever succeed here?"). */
export function waitersUsed(script: string, models: Record<string, ServiceModel>): { service: string; waiter: string; success: string[] }[] {
  return awsCalls(script)
    .filter((call) => call.waiter && models[call.service]?.waiters[call.waiter])
    .map((call) => ({ service: call.service, waiter: call.waiter!, success: models[call.service].waiters[call.waiter!].success }));
}

/** The script with `$name` and `${name}` replaced by the literal values of simple `name=value` assignments. */
export function expandVariables(script: string): string {
  const assigned = new Map([...script.matchAll(/^([a-z_][a-z0-9_]*)=([A-Za-z0-9._/:-]+)$/gim)].map((match) => [match[1], match[2]]));
  return script.replace(/\$\{?([a-z_][a-z0-9_]*)\}?/gi, (whole, name: string) => assigned.get(name) ?? whole);
}

/** Repository filters scanned continuously by `put-registry-scanning-configuration --scan-type ENHANCED` calls. */
export function continuouslyScanned(script: string): string[] {
  return awsCalls(script)
    .filter((call) => call.service === 'ecr' && call.command === 'put-registry-scanning-configuration' && call.values['scan-type'] === 'ENHANCED')
    .flatMap((call) => {
      try {
        const rules = JSON.parse(call.values.rules ?? '[]') as { scanFrequency?: string; repositoryFilters?: { filter: string }[] }[];
        return rules
          .filter((rule) => rule.scanFrequency === 'CONTINUOUS_SCAN')
          .flatMap((rule) => (rule.repositoryFilters ?? []).map((filter) => filter.filter));
      } catch {
        return [];
      }
    });
}
