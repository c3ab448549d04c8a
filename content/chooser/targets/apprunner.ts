/** The chooser's target "apprunner" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const apprunnerLimits: ChooserInput['limits'] = [
  {
    id: 'app-runner-availability',
    text: 'App Runner is no longer open to new customers from 30 April 2026. Existing customers can keep using it, but it gets no new features; AWS recommends ECS Express Mode instead.',
    sources: ['app-runner-availability', 'app-runner-release-notes'],
    asOf: AS_OF,
  },
  {
    id: 'app-runner-instance',
    text: 'An App Runner instance has at most 4 vCPU and 12 GB of memory; you configure only its vCPU, memory and instance role.',
    sources: ['app-runner-instance'],
    asOf: AS_OF,
  },
];

export const apprunner: ChooserInput['targets'][number] = {
  id: 'apprunner',
  name: 'AWS App Runner',
  shortName: 'App Runner',
  status: 'existing-customers-only',
  statusNote: 'Closed to new customers since 30 April 2026: existing customers keep it, with no new features. AWS recommends ECS Express Mode instead.',
  summary: 'Runs a web service from an image or source code, with load balancing and scaling handled for you.',
  awsManages: ['Servers, load balancing and scaling', 'Patching underneath your service'],
  youManage: ['The image or source code', 'vCPU, memory and the instance role', 'IAM and your data'],
  costModel: 'For the vCPU and memory of the instances that serve your application.',
  limits: ['app-runner-availability', 'app-runner-instance'],
  sources: ['app-runner-availability', 'app-runner-release-notes', 'app-runner-instance'],
};
