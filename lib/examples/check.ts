/**
 * The examples check (part of `npm run check:content`): every file under content/examples is something a learner
 * can copy, so each is checked by machine against what the course teaches about it:
 * - JSON parses (fragments such as `"secrets": [...]` inside braces);
 * - task definitions and their fragments type-check as the AWS SDK for JavaScript v3's
 *   `RegisterTaskDefinitionCommandInput` (or `ContainerDefinition`, `CreateServiceCommandInput`), and full task
 *   definitions pass the course's rule engine (lib/taskdef/rules.ts) for their launch type;
 * - IAM and SCP policies parse, name real API actions, and allow or deny the calls content/examples/expectations.ts
 *   lists (the pipeline beside the SCP included);
 * - EventBridge patterns name real ECS API calls;
 * - shell scripts pass `shellcheck`, and their `aws` commands, options and waiters exist in the CLI's models; a
 *   script that waits with a waiter must not expect a state that waiter never reaches;
 * - Dockerfiles set a non-root USER;
 * - every example is shown by a lesson or a checklist.
 * Node only: it reads files and runs shellcheck and the TypeScript compiler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { checkTaskDefinition, RULES } from '@/lib/taskdef/rules';
import { policyExpectations, taskDefinitionAllowances } from '@/content/examples/expectations';
import { awsCalls, checkAwsCalls, continuouslyScanned, expandVariables, waitersUsed } from './cli';
import { apiActions, loadServiceModels } from './aws-models';
import { evaluate, parsePolicy, unknownActions, type Statement } from './policy';
import { EXAMPLES_DIR, includedExamples } from './include';

export interface ExampleFile {
  name: string;
  text: string;
}

const display = (name: string) => `content/examples/${name}`;

export function listExamples(dir: string = EXAMPLES_DIR): ExampleFile[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map(String)
    .filter((name) => fs.statSync(path.join(dir, name)).isFile() && !name.endsWith('.ts'))
    .sort()
    .map((name) => ({ name: name.split(path.sep).join('/'), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** JSON text, or a fragment of an object's members (`"a": 1, "b": 2`) wrapped in braces. */
export function parseJsonExample(text: string): { value: unknown; fragment: boolean } | { error: string } {
  try {
    return { value: JSON.parse(text), fragment: false };
  } catch {
    try {
      return { value: JSON.parse(`{${text.trim().replace(/,$/, '')}}`), fragment: true };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
}

/** The SDK type a task-definition-shaped example must satisfy, by file name and content. */
function sdkTypeFor(name: string, value: unknown): string | undefined {
  if (name.endsWith('.taskdef.json')) return 'RegisterTaskDefinitionCommandInput';
  if (name.endsWith('.service.json')) return 'Partial<CreateServiceCommandInput>';
  if (name.endsWith('.container.json')) {
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    return keys.some((key) => ['containerDefinitions', 'volumes', 'family'].includes(key))
      ? 'Partial<RegisterTaskDefinitionCommandInput>'
      : 'Partial<ContainerDefinition>';
  }
  return undefined;
}

/** Type-checks the typed examples in one in-memory program against @aws-sdk/client-ecs's declarations. */
export function typeCheckExamples(typed: { name: string; type: string; json: string }[]): string[] {
  if (!typed.length) return [];
  const file = path.join(process.cwd(), '__examples_typecheck__.ts');
  const lines = ["import type { RegisterTaskDefinitionCommandInput, ContainerDefinition, CreateServiceCommandInput } from '@aws-sdk/client-ecs';"];
  const starts: { name: string; line: number }[] = [];
  typed.forEach((example, index) => {
    starts.push({ name: example.name, line: lines.length });
    lines.push(`export const example${index}: ${example.type} = ${example.json.trim()};`);
  });
  const source = lines.join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    path.resolve(fileName) === file ? ts.createSourceFile(fileName, source, languageVersion) : getSourceFile(fileName, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => path.resolve(fileName) === file || fileExists(fileName);
  const program = ts.createProgram([file], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file && path.resolve(d.file.fileName) === file);
  return diagnostics.map((d) => {
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
    const owner = [...starts].reverse().find((start) => start.line <= line)!;
    return `${display(owner.name)}: does not type-check as ${typed.find((t) => t.name === owner.name)!.type} of @aws-sdk/client-ecs: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

export function shellcheck(files: string[], dir: string = EXAMPLES_DIR): string[] {
  if (!files.length) return [];
  const run = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', ...files], { encoding: 'utf8' });
  if (run.error) return ['shellcheck is not installed: install the Debian package "shellcheck" (CI installs it in .ci/run)'];
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(dir + path.sep, 'content/examples/'));
}

function loadStatements(name: string, examples: Map<string, string>): Statement[] {
  const text = examples.get(name);
  if (text === undefined) throw new Error(`${display(name)}: named in content/examples/expectations.ts but missing`);
  return parsePolicy(JSON.parse(text)).statements;
}

const ADMINISTRATOR: Statement[] = [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }];

export function checkPolicyExpectations(examples: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const expectation of policyExpectations) {
    try {
      const identity = expectation.identity === 'administrator' ? ADMINISTRATOR : loadStatements(expectation.identity, examples);
      const scps = (expectation.scps ?? []).flatMap((name) => loadStatements(name, examples));
      const under = expectation.identity === 'administrator' ? (expectation.scps ?? []).join(', ') : expectation.identity;
      for (const c of expectation.cases) {
        const result = evaluate(
          { principal: c.principal, action: c.action, resource: c.resource, context: { 'aws:RequestedRegion': c.region ?? 'us-east-1', ...c.context } },
          identity,
          scps,
        );
        if (result !== c.result)
          problems.push(
            `${display(under)}: ${c.action} on ${c.resource} by ${c.principal}${c.region ? ` in ${c.region}` : ''}: expected ${c.result}, got ${result} (${c.because})`,
          );
      }
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/** Every problem with the examples; `shown` is the set of example names lessons and checklists display. */
export function checkExamples(shown: Set<string>, dir: string = EXAMPLES_DIR): string[] {
  const problems: string[] = [];
  const examples = listExamples(dir);
  const byName = new Map(examples.map((example) => [example.name, example.text]));
  const models = loadServiceModels();
  const typed: { name: string; type: string; json: string }[] = [];
  const scripts: string[] = [];

  for (const { name, text } of examples) {
    const at = display(name);
    if (!shown.has(name)) problems.push(`${at}: not shown by any lesson (\`\`\`lang file=${name}) or checklist (exampleText): remove it or include it`);
    if (name.endsWith('.json')) {
      const parsed = parseJsonExample(text);
      if ('error' in parsed) {
        problems.push(`${at}: not valid JSON: ${parsed.error}`);
        continue;
      }
      const value = parsed.value;
      const type = sdkTypeFor(name, value);
      if (type) typed.push({ name, type, json: parsed.fragment ? `{${text.trim().replace(/,$/, '')}}` : text });
      if (name.endsWith('.taskdef.json')) {
        const allowed = taskDefinitionAllowances[name]?.rules ?? [];
        for (const finding of checkTaskDefinition(value)) {
          if (allowed.includes(finding.rule) && RULES[finding.rule].kind === 'hardening') continue;
          problems.push(`${at}: ${finding.path || '(task definition)'}: ${finding.message} (rule ${finding.rule})`);
        }
      }
      if (/\.(policy|scp|statement)\.json$/.test(name)) {
        const { statements, problems: shape } = parsePolicy(value);
        problems.push(...shape.map((problem) => `${at}: ${problem}`));
        for (const action of unknownActions(statements, apiActions)) problems.push(`${at}: "${action}" is not an action of that service's API`);
      }
      if (name.endsWith('.event-pattern.json')) {
        const names = ((value as { detail?: { eventName?: string[] } }).detail?.eventName ?? []) as string[];
        const ecs = apiActions('ecs') ?? [];
        for (const eventName of names) if (!ecs.includes(eventName)) problems.push(`${at}: eventName "${eventName}" is not an ECS API call`);
      }
    } else if (name.endsWith('.sh')) {
      scripts.push(path.join(dir, name));
      problems.push(...checkAwsCalls(text, models).map((problem) => `${at}: ${problem}`));
      for (const waiter of waitersUsed(text, models)) {
        const expects = [...text.matchAll(/\b(ACTIVE|COMPLETE|IN_PROGRESS|PENDING)\b/g)].map((match) => match[1]);
        const never = expects.filter((state) => !waiter.success.includes(state));
        if (never.length)
          problems.push(
            `${at}: waits with aws ${waiter.service} wait ${waiter.waiter}, which succeeds only on ${waiter.success.join(', ')}, but the script expects ${[...new Set(never)].join(', ')}`,
          );
      }
    } else if (name.endsWith('Dockerfile')) {
      const users = [...text.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1].split(':')[0]);
      if (/^FROM\s/m.test(text) && !users.length) problems.push(`${at}: no USER line, so the container runs as root`);
      if (users.some((user) => user === '0' || user === 'root')) problems.push(`${at}: USER is root`);
    } else {
      problems.push(`${at}: unknown kind of example (expected .json, .sh or Dockerfile)`);
    }
  }
  problems.push(...checkScanWaits(examples));
  problems.push(...typeCheckExamples(typed));
  problems.push(...shellcheck(scripts, dir));
  // The expectations describe the course's own examples, so they apply to content/examples only.
  if (dir === EXAMPLES_DIR) problems.push(...checkPolicyExpectations(byName));
  return problems;
}

/**
 * `aws ecr wait image-scan-complete` succeeds only on COMPLETE; a repository that the course's registry scanning
 * configuration scans continuously (enhanced) ends ACTIVE, so a gate that waits there times out on every release.
 */
export function checkScanWaits(examples: ExampleFile[]): string[] {
  const scripts = examples.filter((example) => example.name.endsWith('.sh'));
  const continuous = scripts.flatMap((example) => continuouslyScanned(example.text).map((filter) => ({ filter, from: example.name })));
  const problems: string[] = [];
  for (const example of scripts) {
    for (const call of awsCalls(expandVariables(example.text))) {
      if (call.service !== 'ecr' || call.waiter !== 'image-scan-complete') continue;
      const repository = call.values['repository-name'] ?? '';
      const rule = continuous.find(({ filter }) =>
        new RegExp(
          '^' +
            filter
              .split('*')
              .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*') +
            '$',
        ).test(repository),
      );
      if (rule)
        problems.push(
          `${display(example.name)}: line ${call.line}: waits with aws ecr wait image-scan-complete, which succeeds only on COMPLETE, but ${display(rule.from)} scans "${repository}" continuously, which ends ACTIVE: the wait times out on every release`,
        );
    }
  }
  return problems;
}

/** The example names the lessons include and the checklists' snippets show (by their text). */
export function shownExamples(lessonSources: string[], snippetTexts: string[], dir: string = EXAMPLES_DIR): Set<string> {
  const shown = new Set(lessonSources.flatMap(includedExamples));
  const texts = new Set(snippetTexts);
  for (const example of listExamples(dir)) if (texts.has(example.text.replace(/\n$/, ''))) shown.add(example.name);
  return shown;
}
