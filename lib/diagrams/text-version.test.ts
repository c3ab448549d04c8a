import { expect, it } from 'vitest';
import { parseFlowchart } from './parse';
import { arrowList, boxTree } from './text-version';

const source = `flowchart TB
  accTitle: T
  accDescr: D
  client(["Users"]) -->|HTTPS| alb["Load<br/>balancer"]
  subgraph cluster["ECS cluster"]
    service["ECS service"]
    subgraph task["Task"]
      app["orders-api container"]
    end
  end
  alb --> task
  service ~~~ app
  logs["CloudWatch Logs"]
`;

const parsed = await parseFlowchart(source);
if (parsed.status !== 'ok') throw new Error(parsed.message);
const chart = parsed.value;

it('text version: lists boxes nested by group, in the order the source introduces them', () => {
  expect(boxTree(chart)).toEqual([
    { id: 'client', label: 'Users', children: [] },
    { id: 'alb', label: 'Load balancer', children: [] },
    {
      id: 'cluster',
      label: 'ECS cluster',
      children: [
        { id: 'service', label: 'ECS service', children: [] },
        { id: 'task', label: 'Task', children: [{ id: 'app', label: 'orders-api container', children: [] }] },
      ],
    },
    { id: 'logs', label: 'CloudWatch Logs', children: [] },
  ]);
});

it('text version: lists visible arrows with the names of both ends and the label', () => {
  expect(arrowList(chart)).toEqual([
    { from: 'client', to: 'alb', fromLabel: 'Users', toLabel: 'Load balancer', label: 'HTTPS' },
    { from: 'alb', to: 'task', fromLabel: 'Load balancer', toLabel: 'Task', label: '' },
  ]);
});
