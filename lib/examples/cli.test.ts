import { expect, it } from 'vitest';
import { awsCalls, checkAwsCalls, kebab, waitersUsed } from './cli';
import { loadServiceModels } from './aws-models';

const models = loadServiceModels();

it('kebab follows the CLI: operations and members in kebab case', () => {
  expect(kebab('RegisterTaskDefinition')).toBe('register-task-definition');
  expect(kebab('VpcEndpointIds')).toBe('vpc-endpoint-ids');
  expect(kebab('enableExecuteCommand')).toBe('enable-execute-command');
});

it('awsCalls finds calls after pipes, in $( ) and <( ), after do/then, across continued lines, not in comments', () => {
  const script = `# aws ignored --comment
status=$(aws ecr describe-image-scan-findings --repository-name "$repo" \\
  --image-id imageTag=1 --query 'a b' --output text) || status=PENDING
read -r a < <(aws logs tail /ecs/x --since 30m)
for s in a b; do aws ec2 describe-vpc-endpoints --region us-east-1; done
echo aws not-a-call`;
  expect(awsCalls(script).map((call) => [call.service, call.command, call.options.join(' '), call.line])).toEqual([
    ['ecr', 'describe-image-scan-findings', 'repository-name image-id query output', 2],
    ['logs', 'tail', 'since', 4],
    ['ec2', 'describe-vpc-endpoints', 'region', 5],
  ]);
});

it('checkAwsCalls: unknown services, commands, waiters and options are problems; real ones, customizations and --no- forms are not', () => {
  expect(checkAwsCalls('aws ecs update-service --cluster prod --service x --enable-execute-command --force-new-deployment --region us-east-1', models)).toEqual(
    [],
  );
  expect(checkAwsCalls('aws ecs update-service --cluster prod --no-enable-execute-command', models)).toEqual([]);
  expect(checkAwsCalls('aws logs tail /ecs/x --since 30m --follow', models)).toEqual([]);
  expect(checkAwsCalls('aws ecs update-service --cluster prod --enable-exec', models)).toEqual(['line 1: aws ecs update-service: no option --enable-exec']);
  expect(checkAwsCalls('aws ecs delete-task --task x', models)).toEqual(['line 1: aws ecs delete-task: "delete-task" is not a ecs command']);
  expect(checkAwsCalls('aws ecr wait scan-done --repository-name x', models)[0]).toContain('"scan-done" is not a waiter of ecr');
  expect(checkAwsCalls('aws fargate run', models)[0]).toContain('unknown service "fargate"');
});

it('waitersUsed reports what ends a waiter: image-scan-complete succeeds on COMPLETE only, never on ACTIVE', () => {
  const used = waitersUsed('aws ecr wait image-scan-complete --repository-name orders-api --image-id imageTag=1.4.2', models);
  expect(used).toEqual([{ service: 'ecr', waiter: 'image-scan-complete', success: ['COMPLETE'] }]);
  expect(checkAwsCalls('aws ecr wait image-scan-complete --repository-name orders-api --image-id imageTag=1.4.2', models)).toEqual([]);
});
