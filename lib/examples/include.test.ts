import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileMdx } from '@/lib/content/compile';
import { ContentError } from '@/lib/content/errors';
import { includedExamples } from './include';

it('a file= block is filled from content/examples, so the lesson shows the checked file', async () => {
  const { code } = await compileMdx('# T\n\n```bash file=ecs-security-application/scan-gate.sh\n```\n', 'content/lessons/t.mdx');
  const text = fs.readFileSync(path.join(process.cwd(), 'content/examples/ecs-security-application/scan-gate.sh'), 'utf8');
  const firstWord = text.trim().split(/\s+/)[0];
  expect(code).toContain(firstWord);
});

it('a missing file, a wrong language, a body or a path outside the folder fails the build naming the lesson line', async () => {
  const problems = async (source: string) => {
    try {
      await compileMdx(source, 'content/lessons/t.mdx');
      return [];
    } catch (error) {
      return (error as ContentError).problems;
    }
  };
  expect(await problems('---\ntitle: x\n---\n\n```json file=nope/none.json\n```\n')).toEqual([
    'content/lessons/t.mdx:5: example "nope/none.json": no such file in content/examples',
  ]);
  expect((await problems('```json file=ecs-security-application/scan-gate.sh\n```\n'))[0]).toContain('expected the language "bash", got "json"');
  expect((await problems('```bash file=ecs-security-application/scan-gate.sh\necho hi\n```\n'))[0]).toContain('expected an empty block');
  expect((await problems('```bash file=../lessons/launch-types.mdx\n```\n'))[0]).toContain('expected a path inside content/examples');
  expect((await problems('```bash title=x\n```\n'))[0]).toContain('expected file=<path under content/examples>');
});

it('includedExamples lists the files a lesson source includes', () => {
  expect(includedExamples('a\n```json file=a/b.json\n```\n```bash\nls\n```\n```bash file=c/d.sh\n```\n')).toEqual(['a/b.json', 'c/d.sh']);
});
