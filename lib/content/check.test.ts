import { describe, expect, it } from 'vitest';
import { checkSite, linksIn, type LessonForCheck, type SiteForCheck } from './check';

const AWS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html';

function lesson(body: string, overrides: Partial<LessonForCheck> = {}): LessonForCheck {
  return {
    slug: 'a',
    file: 'content/lessons/a.mdx',
    source: `---\ntitle: A\n---\n${body}`,
    headingIds: ['intro', 'recap', 'check-yourself'],
    sources: [{ id: 'ecs-welcome', url: AWS }],
    ...overrides,
  };
}

/** Every lesson carries its one history panel; tests about other rules put it after their body. */
const PANEL = `\n\n<Callout kind="updated" date="2025-09">\nThe notes had two options; ECS has more<Cite source="ecs-welcome" />.\n</Callout>\n`;

function check(body: string, overrides: Partial<LessonForCheck> = {}, pages: SiteForCheck['pages'] = { '/': [], '/glossary': ['ecs'] }, panel = PANEL) {
  const other: LessonForCheck = { ...lesson(PANEL), slug: 'b', file: 'content/lessons/b.mdx', headingIds: ['tasks', 'recap', 'check-yourself'] };
  const site: SiteForCheck = { lessons: [lesson(body + panel, overrides), other], pages };
  return checkSite(site).filter((problem) => problem.startsWith('content/lessons/a.mdx'));
}

describe('content check', () => {
  it('passes a clean lesson with valid links of every kind', () => {
    expect(check(`See ECS<Cite source="ecs-welcome" />, [tasks](/lessons/b#tasks), [ECS](/glossary#ecs), [intro](#intro) and [home](/).`)).toEqual([]);
  });

  it('flags a duplicate heading anchor', () => {
    expect(check('x', { headingIds: ['intro', 'intro', 'recap', 'check-yourself'] })).toEqual([
      'content/lessons/a.mdx:1: heading anchor "#intro" is used 2 times: headings must be unique',
    ]);
  });

  it('flags missing Recap and Check yourself sections', () => {
    expect(check('x', { headingIds: ['intro'] })).toEqual([
      'content/lessons/a.mdx:1: missing the "## Recap" section',
      'content/lessons/a.mdx:1: missing the "## Check yourself" section',
    ]);
  });

  it('flags a lesson without sources', () => {
    expect(check('x', { sources: [] })).toContain('content/lessons/a.mdx:1: no sources: every lesson lists the AWS pages its claims come from');
  });

  it('flags placeholder text with its line', () => {
    expect(check('Intro.\n\nTODO: write this')).toEqual(['content/lessons/a.mdx:6: placeholder text "TODO" left in the lesson']);
  });

  it('flags a link to a lesson that does not exist', () => {
    expect(check('Read [this](/lessons/zzz).')).toEqual(['content/lessons/a.mdx:4: link /lessons/zzz: no lesson "zzz"']);
  });

  it('flags a link to a missing anchor in another lesson', () => {
    expect(check('Read [this](/lessons/b#nope).')).toEqual(['content/lessons/a.mdx:4: link /lessons/b#nope: lesson "b" has no heading "#nope"']);
  });

  it('flags a missing anchor in the same lesson', () => {
    expect(check('Jump [down](#nowhere).')).toEqual(['content/lessons/a.mdx:4: link #nowhere: no heading with that anchor in this lesson']);
  });

  it('flags a glossary term that does not exist', () => {
    expect(check('A [task](/glossary#task).')).toEqual(['content/lessons/a.mdx:4: link /glossary#task: /glossary has no anchor "#task"']);
  });

  it('flags an unknown internal page', () => {
    expect(check('See [the lab](/lab).')).toEqual(['content/lessons/a.mdx:4: link /lab: no page at /lab']);
  });

  it('flags an inline link to a source: citations are numbered notes (issue 28)', () => {
    expect(check(`Per [AWS](${AWS}).`)).toEqual([
      `content/lessons/a.mdx:4: link ${AWS}: cite sources with <Cite source="ecs-welcome" /> after the claim, not an inline link`,
    ]);
    expect(check('Per [AWS](https://docs.aws.amazon.com/other.html).')).toEqual([
      'content/lessons/a.mdx:4: link https://docs.aws.amazon.com/other.html: not in the frontmatter "sources": add it there with an id and cite it with <Cite source="<id>" />',
    ]);
  });

  it('flags plain http links', () => {
    expect(check('Old [link](http://example.com).')).toEqual(['content/lessons/a.mdx:4: link http://example.com: use https']);
  });

  it('ignores links and words inside fenced code', () => {
    expect(check('```bash\n# TODO not a real todo\ncurl [x](/nowhere)\n```')).toEqual([]);
  });
});

describe('content check: history and hedges (issue 13)', () => {
  it('flags a hedge in learner-facing text, with its line', () => {
    expect(check('Intro.\n\nThe largest pod size could not be confirmed.')).toEqual([
      'content/lessons/a.mdx:6: hedge "could not be confirmed": state the fact with its source, or leave the claim out',
    ]);
    expect(check('| Size | Not confirmed |')).toEqual([
      'content/lessons/a.mdx:4: hedge "Not confirmed": state the fact with its source, or leave the claim out',
    ]);
  });

  it('flags "the notes" outside the one history panel, but not inside it or in Check yourself', () => {
    expect(check('The notes say Fargate has three launch types.')).toEqual([
      'content/lessons/a.mdx:4: "The notes" outside the "What changed since 2023" panel: teach the topic directly and keep the history in the panel',
    ]);
    expect(check('Fargate runs tasks.\n\n## Check yourself\n\nWhich of the notes\u2019 claims holds?')).toEqual([]);
  });

  it('requires exactly one dated, sourced panel', () => {
    expect(check('Intro.', {}, undefined, '')).toEqual([
      'content/lessons/a.mdx:1: missing the "What changed since 2023" panel: one <Callout kind="updated" date="YYYY-MM"> with its sources',
    ]);
    expect(check(`Intro.${PANEL}`)).toEqual([`content/lessons/a.mdx:11: a second "What changed since 2023" panel: keep a lesson's history in one panel`]);
    expect(check('Intro.', {}, undefined, '\n\n<Callout kind="updated">\nNo date, no [source](/glossary#ecs).\n</Callout>\n')).toEqual([
      'content/lessons/a.mdx:6: the "What changed since 2023" panel has no date="YYYY-MM": date it',
      'content/lessons/a.mdx:6: the "What changed since 2023" panel cites no source: add <Cite source="<id>" /> for the AWS page behind each change',
    ]);
  });
});

describe('linksIn', () => {
  it('finds markdown links and href props with their lines', () => {
    expect(linksIn('a [x](/one)\n<a href="/two">t</a>')).toEqual([
      { value: '/one', line: 1 },
      { value: '/two', line: 2 },
    ]);
  });
});
