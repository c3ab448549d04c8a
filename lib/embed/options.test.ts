import { describe, expect, it } from 'vitest';
import { embedQuery, normaliseOrigin, parseEmbedOptions, withoutEmbedOptions } from './options';
import { iframeSnippet, loaderSnippet } from './snippets';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { BUDGETS } from '../budgets';
import type { GradedAssignment } from '../assignment/settings';

describe('embed options', () => {
  it('parses what the dialog writes and round-trips', () => {
    const query = embedQuery({ theme: 'dark', hideHeader: true, round: 'fargate', filter: 'ec2', parentOrigin: 'https://lms.example.edu' });
    expect(query).toBe('?theme=dark&header=0&round=fargate&filter=ec2&parentOrigin=https%3A%2F%2Flms.example.edu');
    expect(parseEmbedOptions(query)).toEqual({
      options: { theme: 'dark', hideHeader: true, round: 'fargate', filter: 'ec2', parentOrigin: 'https://lms.example.edu' },
      ignored: [],
    });
    expect(embedQuery({ theme: 'system', filter: 'all' })).toBe('');
  });

  it('ignores and reports bad values instead of failing', () => {
    expect(parseEmbedOptions('?theme=neon&header=maybe&round=<script>&filter=k8s&parentOrigin=https://a.example/page')).toEqual({
      options: { theme: 'system', hideHeader: false },
      ignored: ['theme', 'header', 'round', 'filter', 'parentOrigin'],
    });
  });

  it('parentOrigin must be a bare http(s) origin', () => {
    expect(normaliseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(normaliseOrigin('https://a.example/')).toBe('https://a.example');
    expect(normaliseOrigin('https://a.example/path')).toBeNull();
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
    expect(normaliseOrigin('https://user:pw@a.example')).toBeNull();
  });

  it("keeps the chooser's answers apart from the embed's keys", () => {
    expect(withoutEmbedOptions('theme=dark&workload=web&parentOrigin=x')).toBe('workload=web');
    expect(embedQuery({ theme: 'light' }, 'workload=web&theme=dark')).toBe('?theme=light&workload=web');
  });
});

describe('embed codes', () => {
  const input = {
    origin: 'https://course.example',
    target: { kind: 'lesson' as const, slug: 'launch-types' },
    options: { theme: 'dark' as const },
    title: 'ECS "launch" types',
    height: 1200,
  };

  it('the iframe snippet has a title, lazy loading and a fixed height, with attributes escaped', () => {
    const html = iframeSnippet(input);
    expect(html).toBe(
      '<iframe src="https://course.example/embed/lessons/launch-types?theme=dark" title="ECS &quot;launch&quot; types" width="100%" height="1200" loading="lazy" style="border:0;max-width:100%" allow="clipboard-write"></iframe>',
    );
  });

  it('the script snippet is one line: a placeholder holding a plain link to the same embed, and the loader', () => {
    const html = loaderSnippet({ ...input, target: { kind: 'widget', widget: 'responsibility-quiz' }, options: { round: 'fargate' } });
    expect(html).toBe(
      '<div data-containers-on-aws="widgets/responsibility-quiz" data-title="ECS &quot;launch&quot; types" data-round="fargate"><a href="https://course.example/embed/widgets/responsibility-quiz?round=fargate">ECS &quot;launch&quot; types (Containers on AWS)</a></div><script src="https://course.example/embed.js" async></script>',
    );
    expect(html).not.toContain('\n');
  });
});

describe('the loader (public/embed.js)', () => {
  const source = fs.readFileSync(path.join(process.cwd(), 'public', 'embed.js'), 'utf8');

  it('stays at most 3 KB gzip and has no dependencies', () => {
    expect(gzipSync(source, { level: BUDGETS.gzipLevel }).length).toBeLessThanOrEqual(BUDGETS.embeds.loaderGzip);
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
    expect(source).toContain('MIT');
  });
});

describe('the assignment in the embed URL', () => {
  it('comes first, is absent for practice, and is not passed on to the widget', () => {
    const graded: GradedAssignment = { v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 2, feedback: 'none' };
    expect(embedQuery({ theme: 'dark' }, 'a=1', graded)).toBe('?mode=graded&count=check-up&attempts=2&feedback=none&theme=dark&a=1');
    expect(embedQuery({ theme: 'dark' }, '', { v: 1, mode: 'practice' })).toBe('?theme=dark');
    expect(withoutEmbedOptions('mode=graded&count=quiz&rounds=ec2&attempts=1&feedback=none&pass=70&q1=a')).toBe('q1=a');
  });
});
