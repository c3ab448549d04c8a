import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { lessonToNextraPage } from './nextra-page';

const lesson = `---
title: "Launch <types>"
summary: "A summary."
sources:
  - id: a
    title: "Page A"
    url: "https://docs.aws.amazon.com/a.html"
  - id: b
    title: "Page B"
    url: "https://docs.aws.amazon.com/b.html"
---

Text<Cite source="b" /> about [ECS](/glossary#ecs) and more<Cite source="a" /><Cite source="b" />.

<LaunchTypeDiagram />

<Callout kind="updated" title="What changed" date="2025-09">
Inside.
</Callout>

<CheckUp />
`;

describe('lessonToNextraPage', () => {
  it('numbers citations in order of first use and lists the cited sources at the end', () => {
    const { mdx, title } = lessonToNextraPage(lesson);
    expect(title).toBe('Launch <types>');
    expect(mdx).toContain('# Launch &#60;types&#62;');
    expect(mdx).toContain(
      'Text<sup>[[1]](https://docs.aws.amazon.com/b.html)</sup> about ECS and more<sup>[[2]](https://docs.aws.amazon.com/a.html)</sup><sup>[[1]]',
    );
    expect(mdx).toMatch(/## Sources\n\n1\. \[Page B\]\(https:\/\/docs\.aws\.amazon\.com\/b\.html\)\n2\. \[Page A\]/);
  });

  it("uses Nextra's Callout and leaves widgets and the check-up out, saying so", () => {
    const { mdx } = lessonToNextraPage(lesson);
    expect(mdx).toContain("import { Callout } from 'nextra/components'");
    expect(mdx).toContain('<Callout type="info">\n**What changed**\n');
    expect(mdx).not.toMatch(/<LaunchTypeDiagram|<CheckUp/);
    expect(mdx).toContain('Widget LaunchTypeDiagram: not part of this comparison.');
  });

  it('fails on a citation of an unknown source', () => {
    expect(() => lessonToNextraPage(lesson.replace('source="a"', 'source="zz"'))).toThrow(/source="zz"/);
  });

  it('converts the real launch-types lesson with no course component left', () => {
    const { mdx } = lessonToNextraPage(fs.readFileSync('content/lessons/launch-types/lesson.mdx', 'utf8'));
    expect(mdx).not.toMatch(/<(?!Callout\b|\/Callout\b|sup\b|\/sup\b)[A-Z]/);
    expect(mdx).toContain('## Recap');
    expect(mdx, 'no link to a page the Nextra site does not have').not.toMatch(/\]\(\//);
  });
});
