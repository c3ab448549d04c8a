import { expect, it } from 'vitest';
import { chooserContent } from '@/content/chooser';
import { chooserCollection } from './schema';
import type { ChooserData } from './types';

/** A deep copy of the real data with one change applied. */
function broken(change: (data: ChooserData) => void): ChooserData {
  const copy = structuredClone(chooserContent);
  change(copy);
  return copy;
}

function problemsOf(data: unknown): string[] {
  const result = chooserCollection.validate([{ file: 'content/chooser', data }]);
  return result.status === 'invalid' ? result.errors : [];
}

it('the chooser data: accepts the course data', () => {
  expect(problemsOf(chooserContent)).toEqual([]);
});

it('the chooser data: dates every limit December 2026 and gives it a source', () => {
  for (const limit of chooserContent.limits) {
    expect(limit.asOf, limit.id).toBe('2026-12');
    expect(limit.sources.length, limit.id).toBeGreaterThan(0);
  }
});

it('the chooser data: keeps every cited page on the AWS sites the fact sheet lists', () => {
  for (const source of chooserContent.sources) expect(source.url).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
});

it('the chooser data: names the file, the field and the expectation for a shape error', () => {
  const problems = problemsOf(
    broken((data) => {
      data.questions[0].whyWeAsk = '';
      (data.rules[1] as { weight?: number }).weight = 0;
    }),
  );
  expect(problems).toContain('content/chooser: field "questions.0.whyWeAsk": expected a "why we ask" note of at least 40 characters, got ""');
  expect(problems.some((line) => line.startsWith('content/chooser: field "rules.1'))).toBe(true);
});

it('the chooser data: reports a rule that names an unknown option, target or variant', () => {
  const problems = problemsOf(
    broken((data) => {
      data.rules[0].when = [{ question: 'gpu', is: 'maybe' }];
      data.rules[0].targets = ['lamda', 'eks/spot'];
    }),
  );
  expect(problems).toEqual([
    'content/chooser: field "rules[0].when[0].is": expected an option of "gpu" (no, yes), got "maybe"',
    expect.stringContaining('content/chooser: field "rules[0].targets[0]": expected a target id ('),
    'content/chooser: field "rules[0].targets[1]": expected a variant of "eks" (nodes, auto, fargate), got "spot"',
  ]);
});

it('the chooser data: reports a checkbox condition on a single-choice question and the reverse', () => {
  const problems = problemsOf(
    broken((data) => {
      data.rules[0].when = [{ question: 'gpu', includes: 'yes' }];
      data.rules[1].when = [{ question: 'team', is: 'ecs' }];
    }),
  );
  expect(problems).toContain('content/chooser: field "rules[0].when[0].includes": expected "is", because "gpu" is a single-choice question');
  expect(problems).toContain('content/chooser: field "rules[1].when[0].is": expected "includes" or "excludes", because "team" is a checkbox question');
});

it('the chooser data: reports unknown limits and sources, unused ones, duplicates and a missing status note', () => {
  const problems = problemsOf(
    broken((data) => {
      const exclude = data.rules.find((rule) => rule.effect === 'exclude')!;
      exclude.limit = 'no-such-limit';
      data.limits[0].sources = ['no-such-source'];
      data.sources.push({ id: 'orphan', title: 'Never cited', url: 'https://docs.aws.amazon.com/orphan.html' });
      data.targets[2].id = data.targets[1].id;
      delete data.targets.find((target) => target.status !== 'available')!.statusNote;
    }),
  );
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/field "rules\[\d+\]\.limit": expected a limit id from "limits", got "no-such-limit"/),
      'content/chooser: field "limits[0].sources[0]": expected a source id from "sources", got "no-such-source"',
      expect.stringMatching(/field "sources\[\d+\]": source "orphan" is never cited/),
      'content/chooser: field "targets[2].id": expected a unique id, but "apprunner" is used twice',
      'content/chooser: field "targets[1].statusNote": expected a status note, because "apprunner" is not available to everyone',
    ]),
  );
});

it('the chooser data: requires the tie-break order to list every target once', () => {
  const problems = problemsOf(broken((data) => data.tieBreak.order.pop()));
  expect(problems).toEqual(['content/chooser: field "tieBreak.order": expected every target id exactly once; missing eks']);
});

it('the chooser data: rejects "none" as a checkbox option id, because the URL reserves it', () => {
  const problems = problemsOf(broken((data) => data.questions.find((question) => question.kind === 'multi')!.options.push({ id: 'none', label: 'None' })));
  expect(problems.some((line) => line.includes('expected no option with id "none"'))).toBe(true);
});

it('the chooser data: catches placeholder text', () => {
  const problems = problemsOf(broken((data) => (data.targets[0].costModel = 'TODO: check pricing')));
  expect(problems).toEqual(['content/chooser: field "targets.0.costModel": expected the cost model without placeholder text, got "TODO: check pricing"']);
});

it('the chooser data: requires every limit, and so every exclusion, to cite a page from the AWS facts sheet', () => {
  const problems = problemsOf(
    broken((data) => {
      data.sources.push({ id: 'blog', title: 'A blog post', url: 'https://example.com/fargate-limits' });
      data.limits[0].sources = ['blog'];
    }),
  );
  expect(problems).toEqual([
    'content/chooser: field "limits[0].sources": limit "lambda-timeout" cites no page from the AWS facts sheet: cite the sheet\'s source for this fact',
  ]);
});

it('the chooser data: rejects hedges such as "not confirmed" in learner-facing text', () => {
  const problems = problemsOf(broken((data) => (data.limits[0].text = 'The largest size is not confirmed.')));
  expect(problems).toEqual([
    'content/chooser: field "limits.0.text": expected the limit, in a sentence without hedges such as "not confirmed": state the fact with its source, or leave it out, got "The largest size is not confirmed."',
  ]);
});

it('the chooser data: checks a declared conflict’s answers and limits like a rule’s', () => {
  const problems = problemsOf(
    broken((data) => {
      data.conflicts = [
        {
          id: 'bad',
          when: [
            { question: 'access', is: 'privileged' },
            { question: 'host', is: 'nowhere' },
          ],
          reason: 'A conflict with two mistakes in it.',
          limits: ['no-such-limit'],
        },
      ];
    }),
  );
  expect(problems).toContain('content/chooser: field "conflicts[0].when[0].is": expected "includes" or "excludes", because "access" is a checkbox question');
  expect(problems).toContain('content/chooser: field "conflicts[0].when[1].is": expected an option of "host" (none, instance, os), got "nowhere"');
  expect(problems).toContain('content/chooser: field "conflicts[0].limits[0]": expected a limit id from "limits", got "no-such-limit"');
});

it('the chooser data: a conflict needs at least two answers', () => {
  const problems = problemsOf(
    broken((data) => {
      data.conflicts = [{ id: 'alone', when: [{ question: 'gpu', is: 'yes' }], reason: 'One answer cannot conflict with itself.', limits: ['lambda-timeout'] }];
    }),
  );
  expect(problems.join('\n')).toMatch(/conflicts\.0\.when.*at least two conditions/);
});
