import { describe, expect, it } from 'vitest';
import { oembedAnswer, oembedFilePath, resolveOembedUrl, type OembedContext } from './oembed';

const context: OembedContext = {
  origins: ['https://course.example', 'http://127.0.0.1:3000'],
  siteOrigin: 'https://course.example',
  args: { checklist: ['control-plane', 'application'], lesson: ['launch-types'] },
  lessonTitles: { 'launch-types': 'ECS launch types', 'checklist/control-plane': 'ECS control plane' },
};
const ask = (query: Record<string, string>) => oembedAnswer(new URLSearchParams(query), context);

describe('oEmbed URL parsing', () => {
  it('resolves lessons, embed routes and single-widget pages of our origins', () => {
    expect(resolveOembedUrl('https://course.example/lessons/launch-types', context)?.target).toEqual({ kind: 'lesson', slug: 'launch-types' });
    expect(resolveOembedUrl('http://127.0.0.1:3000/embed/lessons/launch-types/', context)?.target).toEqual({ kind: 'lesson', slug: 'launch-types' });
    expect(resolveOembedUrl('https://course.example/quiz/responsibility?round=fargate', context)?.target).toEqual({
      kind: 'widget',
      widget: 'responsibility-quiz',
    });
    expect(resolveOembedUrl('https://course.example/embed/widgets/checklist/control-plane', context)?.target).toEqual({
      kind: 'widget',
      widget: 'checklist',
      argument: 'control-plane',
    });
  });

  it('refuses foreign origins, unknown pages, bad arguments and junk', () => {
    for (const url of [
      'https://evil.example/lessons/launch-types',
      'https://course.example/lessons/no-such-lesson',
      'https://course.example/glossary',
      'https://course.example/embed/widgets/checklist/nope',
      'https://course.example/embed/widgets/checklist',
      'https://course.example/embed/widgets/chooser/extra',
      'https://course.example/lessons/%E0%A4%A',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(resolveOembedUrl(url, context), url).toBeNull();
    }
  });
});

describe('oEmbed answers', () => {
  it('a lesson: type rich, the iframe snippet, provider, cache age, options carried over', () => {
    const answer = ask({ url: 'https://course.example/lessons/launch-types?theme=dark', format: 'json' });
    expect(answer.status).toBe(200);
    if (answer.status !== 200) return;
    expect(answer.body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'ECS launch types',
      provider_name: 'Containers on AWS',
      cache_age: 86400,
      width: 800,
      height: 1200,
    });
    expect(answer.body.html).toContain('src="https://course.example/embed/lessons/launch-types?theme=dark"');
    expect(answer.body.html).toContain('title="ECS launch types"');
    expect(answer.body.html).toContain('loading="lazy"');
  });

  it('honours maxwidth and maxheight', () => {
    const answer = ask({ url: 'https://course.example/embed/widgets/checklist/control-plane', maxwidth: '400', maxheight: '300' });
    expect(answer.status === 200 && [answer.body.width, answer.body.height, answer.body.title]).toEqual([400, 300, 'ECS control plane']);
  });

  it('answers 404 for URLs not ours, 501 for XML, 400 for a missing url or bad sizes', () => {
    expect(ask({ url: 'https://evil.example/lessons/launch-types' }).status).toBe(404);
    expect(ask({ url: 'https://course.example/lessons/launch-types', format: 'xml' }).status).toBe(501);
    expect(ask({}).status).toBe(400);
    expect(ask({ url: 'https://course.example/lessons/launch-types', maxwidth: '-3' }).status).toBe(400);
  });

  it('static export files have one path per target', () => {
    expect(oembedFilePath({ kind: 'lesson', slug: 'launch-types' })).toBe('/oembed/lessons/launch-types.json');
    expect(oembedFilePath({ kind: 'widget', widget: 'checklist', argument: 'application' })).toBe('/oembed/widgets/checklist/application.json');
  });
});
