import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checklistContent } from '@/content/checklists';
import { checkExamples, checkPolicyExpectations, checkScanWaits, listExamples, parseJsonExample, shownExamples, typeCheckExamples } from './check';
import { LESSON_SLUGS } from '@/lib/course';

const dirs: string[] = [];
function examplesDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const REGISTRY = `aws ecr put-registry-scanning-configuration \\
  --scan-type ENHANCED \\
  --rules '[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"orders-*","filterType":"WILDCARD"}]}]'
`;
const OLD_GATE = `aws ecr wait image-scan-complete \\
  --repository-name orders-api --image-id imageTag=1.4.2
`;

it('the course’s own examples pass every check, and every one is shown somewhere', () => {
  const lessons = LESSON_SLUGS.map((slug) => fs.readFileSync(path.join('content/lessons', slug, 'lesson.mdx'), 'utf8'));
  const snippets = checklistContent.lists.flatMap((list) => list.items.flatMap((item) => (item.how.snippet ? [item.how.snippet.code] : [])));
  const shown = shownExamples(lessons, snippets);
  expect(checkExamples(shown)).toEqual([]);
  expect(shown.has('ecs-security-application/scan-gate.sh')).toBe(true);
  expect(shown.has('checklists/app-current-agent.sh')).toBe(true);
}, 60_000);

it('the old CI gate fails: image-scan-complete never succeeds on a continuously scanned repository', () => {
  const examples = [
    { name: 'control/registry.sh', text: REGISTRY },
    { name: 'app/gate.sh', text: OLD_GATE },
  ];
  expect(checkScanWaits(examples)).toEqual([
    'content/examples/app/gate.sh: line 1: waits with aws ecr wait image-scan-complete, which succeeds only on COMPLETE, but content/examples/control/registry.sh scans "orders-api" continuously, which ends ACTIVE: the wait times out on every release',
  ]);
  expect(
    checkScanWaits([
      { name: 'control/registry.sh', text: REGISTRY.replace('orders-*', 'billing-*') },
      { name: 'app/gate.sh', text: OLD_GATE },
    ]),
  ).toEqual([]);
  expect(
    checkScanWaits([examples[0], { name: 'app/gate.sh', text: 'repo=orders-api\naws ecr wait image-scan-complete --repository-name "$repo"\n' }]),
  ).toHaveLength(1);
});

it('a bad task definition, policy, script, Dockerfile or an example nobody shows each fail by file', () => {
  const dir = examplesDir({
    'a/bad.taskdef.json': JSON.stringify({
      family: 'x',
      requiresCompatibilities: ['FARGATE'],
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        { name: 'x', image: 'public.ecr.aws/x/y:1', user: '10001', readonlyRootFilesystem: true, logConfiguration: { logDriver: 'awsfirelens' } },
      ],
    }),
    'a/typo.container.json': '"linuxParameters": { "capabilities": { "drop": ["ALL"] } },\n"readOnlyRootFilesystem": true',
    'a/bad.policy.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ecs:DeleteTask'], Resource: '*' }] }),
    'a/bad.sh': 'aws ecs update-service --cluster prod --enable-exec\necho $UNQUOTED\n',
    'a/root.Dockerfile': 'FROM public.ecr.aws/docker/library/python:3.12-slim\nCMD ["python"]\n',
    'a/broken.json': '{ "a": ',
  });
  const problems = checkExamples(new Set(['a/bad.taskdef.json', 'a/typo.container.json', 'a/bad.policy.json', 'a/bad.sh', 'a/root.Dockerfile']), dir);
  const text = problems.join('\n');
  expect(text).toContain('content/examples/a/bad.taskdef.json: networkMode: Set "networkMode": "awsvpc"');
  expect(text).toMatch(
    /content\/examples\/a\/typo\.container\.json: does not type-check as Partial<ContainerDefinition> of @aws-sdk\/client-ecs: .*readOnlyRootFilesystem/,
  );
  expect(text).toContain('content/examples/a/bad.policy.json: "ecs:DeleteTask" is not an action of that service\'s API');
  expect(text).toContain('content/examples/a/bad.sh: line 1: aws ecs update-service: no option --enable-exec');
  expect(text).toMatch(/content\/examples\/a\/bad\.sh:2:\d+: .*SC2086/);
  expect(text).toContain('content/examples/a/root.Dockerfile: no USER line');
  expect(text).toContain('content/examples/a/broken.json: not valid JSON');
  expect(text).toContain('content/examples/a/broken.json: not shown by any lesson');
}, 60_000);

it('policy expectations: a pipeline blocked by the SCP is reported', () => {
  const examples = new Map(listExamples().map((example) => [example.name, example.text]));
  expect(checkPolicyExpectations(examples)).toEqual([]);
  const scp = JSON.parse(examples.get('ecs-security-control-plane/prod-guardrails.scp.json')!);
  scp.Statement[0].Action.push('ecs:RegisterTaskDefinition');
  examples.set('ecs-security-control-plane/prod-guardrails.scp.json', JSON.stringify(scp));
  expect(checkPolicyExpectations(examples)).toEqual([
    expect.stringContaining(
      'ecs:RegisterTaskDefinition on * by arn:aws:iam::111122223333:role/orders-api-pipeline: expected allowed, got explicit-deny (the pipeline registers a new revision on every release, and the SCP must not block it)',
    ),
    expect.stringContaining('expected allowed, got explicit-deny (“What stays open”: RegisterTaskDefinition is not in the list)'),
  ]);
});

it('fragments parse inside braces; the SDK type check accepts a real task definition', () => {
  expect(parseJsonExample('"user": "10001"')).toEqual({ value: { user: '10001' }, fragment: true });
  expect(
    typeCheckExamples([
      { name: 'x.taskdef.json', type: 'RegisterTaskDefinitionCommandInput', json: '{ "family": "x", "networkMode": "awsvpc", "containerDefinitions": [] }' },
    ]),
  ).toEqual([]);
  expect(
    typeCheckExamples([
      { name: 'x.taskdef.json', type: 'RegisterTaskDefinitionCommandInput', json: '{ "family": "x", "networkMode": "vpc", "containerDefinitions": [] }' },
    ])[0],
  ).toContain('content/examples/x.taskdef.json: does not type-check');
}, 60_000);
