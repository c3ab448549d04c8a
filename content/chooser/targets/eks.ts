/** The chooser's target "eks" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const eksLimits: ChooserInput['limits'] = [
  {
    id: 'eks-fargate-no-windows',
    text: 'EKS runs Windows containers on Windows nodes, managed node groups included, but not on Fargate.',
    sources: ['eks-windows'],
    asOf: AS_OF,
  },
  {
    id: 'kubernetes-api',
    text: 'Amazon EKS is AWS’s managed Kubernetes. ECS is AWS’s own orchestrator, and Lambda, App Runner and Elastic Beanstalk are not Kubernetes either.',
    sources: ['eks-reliability', 'ecs-capacity'],
    asOf: AS_OF,
  },
  {
    id: 'eks-fargate-limits',
    text: 'EKS on Fargate does not support GPUs, DaemonSets, privileged pods or host networking.',
    sources: ['eks-fargate'],
    asOf: AS_OF,
  },
  {
    id: 'eks-fargate-compute',
    text: 'On EKS on Fargate each pod runs on Fargate compute sized for it; instance types are a property of managed node groups.',
    sources: ['eks-fargate'],
    asOf: AS_OF,
  },
  { id: 'eks-fargate-patching', text: 'On EKS on Fargate AWS patches the infrastructure under your pods.', sources: ['eks-fargate-patching'], asOf: AS_OF },
  {
    id: 'eks-node-updates',
    text: 'On EKS managed node groups AWS publishes patched AMIs; you start each update, and EKS drains and replaces the nodes.',
    sources: ['eks-node-updates'],
    asOf: AS_OF,
  },
  {
    id: 'eks-fargate-size',
    text: 'An EKS on Fargate pod can have at most 16 vCPU and 120 GB of memory. Fargate adds 256 MB to each pod’s memory for kubelet, kube-proxy and containerd, then rounds up to the next available size.',
    sources: ['eks-fargate-pod-config'],
    asOf: AS_OF,
  },
  {
    id: 'eks-auto-managed',
    text: 'With EKS Auto Mode, AWS provisions EC2 nodes for pods that do not fit, using a Karpenter-based autoscaler, and runs pod and service networking, load balancing, cluster DNS, block storage and GPU support as part of the cluster rather than as add-ons you install.',
    sources: ['eks-data-plane', 'eks-auto-mode', 'eks-auto-best-practices'],
    asOf: AS_OF,
  },
  {
    id: 'eks-auto-patching',
    text: 'On EKS Auto Mode, EKS creates, patches and deletes the nodes’ EC2 instances and chooses and updates their AMI; each node is replaced after at most 21 days, and nobody can reach a node over SSH or SSM.',
    sources: ['eks-data-plane', 'eks-auto-instances', 'eks-auto-mode', 'eks-optimized-amis'],
    asOf: AS_OF,
  },
  {
    id: 'eks-auto-linux',
    text: 'EKS Auto Mode nodes run AWS’s Bottlerocket AMIs, and Bottlerocket is a Linux operating system; Windows containers need Windows nodes, such as a Windows managed node group.',
    sources: ['eks-auto-best-practices', 'eks-bottlerocket', 'eks-windows'],
    asOf: AS_OF,
  },
];

export const eks: ChooserInput['targets'][number] = {
  id: 'eks',
  name: 'Amazon EKS',
  shortName: 'EKS',
  status: 'available',
  summary:
    'Managed Kubernetes: AWS runs the control plane, and your pods run on managed node groups (EC2), on EC2 nodes that Auto Mode runs for you, or on Fargate.',
  awsManages: [
    'The Kubernetes control plane',
    'On Auto Mode: provisioning, patching and replacing the EC2 nodes (each within 21 days), plus load balancing, block storage and pod networking',
    'On Fargate: the infrastructure under each pod, including patching',
    'On managed node groups: patched AMIs, draining and replacing nodes when you start an update',
  ],
  youManage: [
    'Kubernetes itself: manifests, Helm charts and add-ons',
    'On Auto Mode: node pools that limit instance types, and the cluster’s Kubernetes version',
    'On managed node groups: instance types and starting each node update',
  ],
  costModel: 'For the cluster, and for the EC2 nodes or Fargate pods your workloads run on; Auto Mode adds a management fee to each EC2 instance it runs.',
  limits: ['eks-fargate-limits', 'eks-node-updates', 'eks-fargate-size', 'eks-auto-managed', 'eks-auto-patching', 'eks-auto-linux'],
  sources: ['eks-reliability', 'eks-fargate', 'eks-fargate-patching', 'eks-node-updates', 'eks-auto-mode', 'eks-auto-best-practices'],
  variants: [
    {
      id: 'nodes',
      name: 'managed node groups',
      summary: 'EC2 nodes of the instance types you choose: GPUs, DaemonSets and privileged pods work, and you start each AMI update.',
    },
    {
      id: 'auto',
      name: 'Auto Mode nodes',
      summary:
        'EC2 nodes in your account that AWS picks, patches and replaces (each within 21 days), with load balancing, storage and networking built in; EC2 prices plus a management fee.',
    },
    {
      id: 'fargate',
      name: 'Fargate',
      summary: 'No nodes to manage: AWS patches the infrastructure under your pods, but there are no GPUs, DaemonSets or privileged pods.',
    },
  ],
};
