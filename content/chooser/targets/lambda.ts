/** The chooser's target "lambda" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const lambdaLimits: ChooserInput['limits'] = [
  { id: 'lambda-timeout', text: 'Lambda runs one invocation for at most 15 minutes.', sources: ['lambda-quotas'], asOf: AS_OF },
  {
    id: 'lambda-size',
    text: 'A Lambda function gets at most 10,240 MB of memory and 10,240 MB of /tmp storage. CPU grows with memory: 1,769 MB is about one vCPU, so the maximum is about 6 vCPU.',
    sources: ['lambda-quotas', 'lambda-memory', 'lambda-ephemeral'],
    asOf: AS_OF,
  },
  { id: 'lambda-image', text: 'A Lambda container image can be up to 10 GB.', sources: ['lambda-quotas'], asOf: AS_OF },
  {
    id: 'lambda-compute-setting',
    text: 'By default memory is the only compute setting of a Lambda function: CPU is allocated in proportion to it. Lambda Managed Instances (late 2025) run functions on EC2 instances from a capacity provider, where you may list the instance types allowed.',
    sources: ['lambda-memory', 'lambda-managed-instances'],
    asOf: AS_OF,
  },
  {
    id: 'lambda-managed-runtime',
    text: 'AWS runs the hosts and the runtime under a Lambda function. You supply the image, and rebuild it to pick up the patched base images AWS publishes.',
    sources: ['lambda-runtime-shared'],
    asOf: AS_OF,
  },
];

export const lambda: ChooserInput['targets'][number] = {
  id: 'lambda',
  name: 'AWS Lambda (container image)',
  shortName: 'Lambda',
  status: 'available',
  summary: 'Runs your image as a function, once per event or request, and scales with them down to nothing.',
  awsManages: ['The hosts, operating system and runtime', 'Scaling with each event or request'],
  youManage: ['The image: rebuild it to pick up patched base images', 'Memory, timeout and concurrency limits', 'IAM, networking and your data'],
  costModel: 'Per invocation, for the memory you configure and the time your code runs; an idle function runs nothing.',
  limits: ['lambda-timeout', 'lambda-size', 'lambda-image'],
  sources: ['lambda-quotas', 'lambda-memory', 'lambda-ephemeral', 'lambda-runtime-shared'],
};
