/** The chooser's target "beanstalk" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const beanstalkLimits: ChooserInput['limits'] = [
  {
    id: 'beanstalk-platforms',
    text: 'Elastic Beanstalk’s Docker platform branches run on Amazon Linux 2023 (Amazon Linux 2 reached end of support on 30 June 2026): “Docker” (Docker Compose possible) and “ECS” (several containers per instance through ECS).',
    sources: ['beanstalk-docker', 'amazon-linux-2', 'beanstalk-platform-policy'],
    asOf: AS_OF,
  },
];

export const beanstalk: ChooserInput['targets'][number] = {
  id: 'beanstalk',
  name: 'AWS Elastic Beanstalk (Docker platform)',
  shortName: 'Elastic Beanstalk',
  status: 'available',
  summary: 'Manages a whole application environment around your container: EC2 instances, load balancing and scaling.',
  awsManages: ['Creating the environment: instances, load balancer, scaling', 'Platform branches with Docker ready on Amazon Linux 2023'],
  youManage: ['The image or Docker Compose file', 'Instance types and when to move to a new platform version', 'IAM and your data'],
  costModel: 'For the resources the environment creates, such as EC2 instances and a load balancer.',
  limits: ['beanstalk-platforms'],
  sources: ['beanstalk-docker'],
};
