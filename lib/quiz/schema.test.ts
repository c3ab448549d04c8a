import { expect, it } from 'vitest';
import { responsibilityMatrix } from '@/content/responsibility-matrix';
import { matrixCollection } from './schema';
import type { ResponsibilityMatrix as Matrix } from './types';

/** A deep copy of the real data with one change applied. */
function withChange(change: (data: Matrix) => void): unknown {
  const data = structuredClone(responsibilityMatrix) as Matrix;
  change(data);
  return data;
}

const validate = (data: unknown) => matrixCollection.validate([{ file: 'content/responsibility-matrix.ts', data }]);
function problemsOf(data: unknown): string[] {
  const result = validate(data);
  return result.status === 'invalid' ? result.errors : [];
}

it('the quiz matrix: accepts the course data', () => {
  const result = validate(responsibilityMatrix);
  expect(result.status === 'ok' && result.value.rounds.map((round) => round.id)).toEqual(['ec2', 'ecs-on-ec2', 'fargate', 'lambda', 'eks-on-fargate']);
});

it('the quiz matrix: rejects hedges such as "not confirmed" in what learners read', () => {
  const problems = problemsOf(withChange((data) => (data.rounds[3].omitted![0].reason = 'The split is not confirmed in an AWS document.')));
  expect(problems.some((line) => line.includes('without hedges such as "not confirmed"'))).toBe(true);
});

it('the quiz matrix: names the file, the field and the expectation for a bad owner', () => {
  const problems = problemsOf(withChange((data) => ((data.rounds[2].cells[4] as { owner: string }).owner = 'both')));
  expect(problems).toEqual([
    expect.stringMatching(
      /^content\/responsibility-matrix\.ts: field "rounds\.2\.cells\.4\.owner" \(round "fargate"\): expected an owner: "you", "shared", "aws"/,
    ),
  ]);
});

it('the quiz matrix: requires an explanation for every cell, written as one sentence', () => {
  expect(problemsOf(withChange((data) => ((data.rounds[0].cells[0] as { explanation?: string }).explanation = undefined)))[0]).toMatch(
    /field "rounds\.0\.cells\.0\.explanation" \(round "ec2"\): expected an explanation as text/,
  );
  expect(problemsOf(withChange((data) => (data.rounds[0].cells[0].explanation = 'Yours. Always.')))[0]).toMatch(
    /expected an explanation written as one sentence/,
  );
  expect(problemsOf(withChange((data) => (data.rounds[0].cells[0].explanation = 'Yours')))[0]).toMatch(/one sentence ending with a full stop/);
});

it('the quiz matrix: checks cross-references: layers, sources and the lesson rounds', () => {
  const problems = problemsOf(
    withChange((data) => {
      data.rounds[0].cells[0].layer = 'kernel';
      data.rounds[1].sources.push('made-up');
      data.lessonRounds.push('ecs-anywhere');
    }),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('round "ec2": cell layer "kernel" is not in "layers"'),
      expect.stringContaining('round "ecs-on-ec2": source "made-up" is not in "sources"'),
      expect.stringContaining('field "lessonRounds": "ecs-anywhere" is not a round'),
    ]),
  );
});

it('the quiz matrix: rejects duplicate ids and duplicate answers for a layer', () => {
  const problems = problemsOf(
    withChange((data) => {
      data.rounds[4].id = 'lambda';
      data.rounds[0].cells.push({ ...data.rounds[0].cells[0] });
    }),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('round "lambda": id used twice'),
      expect.stringContaining('round "ec2": layer "application" has two cells'),
    ]),
  );
});

it('the quiz matrix: rejects a layer that is both a card and omitted, and unused layers or sources', () => {
  const problems = problemsOf(
    withChange((data) => {
      data.rounds[3].omitted!.push({ layer: 'os', reason: 'Left out on purpose.' });
      data.layers.push({ id: 'hypervisor', label: 'Hypervisor', hint: 'a duplicate of the VM layer' });
      (data.sources as Record<string, { title: string; url: string }>).unused = { title: 'Unused', url: 'https://docs.aws.amazon.com/x.html' };
    }),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('round "lambda": layer "os" is both a cell and omitted'),
      expect.stringContaining('layer "hypervisor": not used by any round'),
      expect.stringContaining('source "unused": not cited by any round'),
    ]),
  );
});

it('the quiz matrix: only accepts https sources on aws.amazon.com', () => {
  const problems = problemsOf(withChange((data) => (data.sources['ecs-capacity'].url = 'http://example.com/ecs')));
  // One line, even though both the protocol and the host are wrong.
  expect(problems).toEqual([expect.stringMatching(/field "sources\.ecs-capacity\.url": expected an https:\/\/ URL on aws\.amazon\.com/)]);
});

it('the quiz matrix: requires each round to use both "you" and "aws", and reserves the id "active"', () => {
  const problems = problemsOf(
    withChange((data) => {
      for (const cell of data.rounds[3].cells) (cell as { owner: string }).owner = 'aws';
      data.rounds[4].id = 'active';
    }),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('round "lambda": cells: expected at least one "you" and one "aws" answer'),
      expect.stringContaining('round "active": id is reserved'),
    ]),
  );
});

it('the quiz matrix: rejects unknown fields (a typo is not silently ignored)', () => {
  const problems = problemsOf(withChange((data) => Object.assign(data.rounds[0], { explanations: [] })));
  expect(problems).toEqual(['content/responsibility-matrix.ts: field "rounds.0.explanations" (round "ec2"): not expected here (check the spelling)']);
});
