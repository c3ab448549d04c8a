import { describe, expect, it } from 'vitest';
import { compareWithMermaid } from './conformance';
import { parseFlowchart, type Flowchart } from './flowchart';
import { parseWithMermaid } from './mermaid-node';

const SOURCE = `flowchart TB
  accTitle: Example
  accDescr: Users reach a task.
  client(["Users"]) -->|HTTPS| alb["Load balancer"]
  subgraph task["Task"]
    app["App"]
  end
  alb --> task
  app ~~~ client
`;

function chart(source: string): Flowchart {
  const result = parseFlowchart(source);
  if (result.status !== 'ok') throw new Error(result.message);
  return result.value;
}

describe('parseWithMermaid', () => {
  it("returns mermaid's reading of a valid flowchart", async () => {
    const result = await parseWithMermaid(SOURCE);
    expect(result).toMatchObject({ status: 'ok' });
    if (result.status !== 'ok') return;
    expect(result.value.accTitle).toBe('Example');
    expect(result.value.groups).toEqual([{ id: 'task', label: 'Task', members: ['app'] }]);
    expect(result.value.edges).toContainEqual({ from: 'app', to: 'client', label: '', stroke: 'invisible', arrow: false });
  });

  it("fails with mermaid's own message for a source mermaid cannot parse", async () => {
    const result = await parseWithMermaid('flowchart LR\n  a["A"] --> \n  b[[["B"\n');
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.message).toMatch(/Parse error on line 3/);
  });
});

describe('compareWithMermaid', () => {
  it('finds no difference when both read the same source', async () => {
    const mermaid = await parseWithMermaid(SOURCE);
    if (mermaid.status !== 'ok') throw new Error(mermaid.message);
    expect(compareWithMermaid(chart(SOURCE), mermaid.value)).toEqual([]);
  });

  it('reports boxes, groups, arrows and titles that differ', async () => {
    const mermaid = await parseWithMermaid(SOURCE);
    if (mermaid.status !== 'ok') throw new Error(mermaid.message);
    const other = chart(SOURCE.replace('accTitle: Example', 'accTitle: Other').replace('"Load balancer"', '"LB"').replace('-->|HTTPS|', '-.->|HTTPS|'));
    expect(compareWithMermaid(other, mermaid.value)).toEqual([
      'accTitle differs: mermaid reads "Example"',
      'boxes differ: mermaid has [alb=Load balancer], the text version has [alb=LB]',
      'arrows differ: mermaid has [client->alb "HTTPS" normal], the text version has [client->alb "HTTPS" dotted]',
    ]);
  });
});
