import { describe, expect, it } from 'vitest';
import { oembedAnswer, oembedFilePath, resolveOembedUrl, roundOfPagePath, staticOembedHref, type OembedContext } from './oembed';

const context: OembedContext = {
  origins: ['https://course.example', 'http://127.0.0.1:3000'],
  siteOrigin: 'https://course.example',
  args: { checklist: ['control-plane', 'application'], lesson: ['launch-types'] },
  lessonTitles: { 'launch-types': 'ECS launch types', 'checklist/control-plane': 'ECS control plane' },
  rounds: ['ec2', 'fargate'],
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
    // The html's frame is within them too, and embed.js may size it no taller than maxheight.
    const html = answer.status === 200 ? answer.body.html : '';
    expect(html).toContain('width="400" height="300"');
    expect(html).toContain('data-max-height="300"');
  });

  it('the html resizes itself: a loader placeholder around a plain iframe (the fallback when scripts are stripped), then embed.js', () => {
    const answer = ask({ url: 'https://course.example/lessons/launch-types' });
    const html = answer.status === 200 ? answer.body.html : '';
    expect(html).toMatch(
      /^<div data-containers-on-aws="lessons\/launch-types" data-title="ECS launch types"><iframe src="https:\/\/course\.example\/embed\/lessons\/launch-types" [^>]*height="1200"[^>]*><\/iframe><\/div><script src="https:\/\/course\.example\/embed\.js" async><\/script>$/,
    );
    expect(html).not.toContain('data-max-height');
  });

  it("carries the page's options into the html: round, preset answers and graded assignment settings (validated), not parentOrigin", () => {
    const quiz = ask({
      url: 'https://course.example/embed/widgets/responsibility-quiz?round=fargate&mode=graded&count=quiz&rounds=fargate&attempts=2&feedback=none',
    });
    const quizHtml = quiz.status === 200 ? quiz.body.html : '';
    expect(quizHtml).toContain(
      'src="https://course.example/embed/widgets/responsibility-quiz?mode=graded&amp;count=quiz&amp;rounds=fargate&amp;attempts=2&amp;feedback=none&amp;round=fargate"',
    );
    const chooser = ask({ url: 'https://course.example/chooser?workload=web&parentOrigin=https%3A%2F%2Fx.example&theme=dark' });
    expect(chooser.status === 200 && chooser.body.html).toContain('src="https://course.example/embed/widgets/chooser?theme=dark&amp;workload=web"');
    // A graded URL that does not validate stays graded, at its strictest (as the embed page reads it).
    const forged = ask({ url: 'https://course.example/embed/widgets/check-up/launch-types?mode=graded&attempts=999' });
    expect(forged.status === 200 && forged.body.html).toContain('?mode=graded&amp;count=check-up&amp;attempts=1&amp;feedback=none"');
  });

  it("a quiz round's own page is that round's embed; an unknown round is not ours", () => {
    const answer = ask({ url: 'https://course.example/quiz/responsibility/fargate', maxwidth: '640' });
    expect(answer.status === 200 && [answer.body.width, answer.body.html.includes('/embed/widgets/responsibility-quiz?round=fargate"')]).toEqual([640, true]);
    expect(ask({ url: 'https://course.example/quiz/responsibility/nope' }).status).toBe(404);
    expect(roundOfPagePath('/quiz/responsibility/ecs-ec2/')).toBe('ecs-ec2');
    expect(roundOfPagePath('/quiz/responsibility/a/b')).toBeNull();
    expect(roundOfPagePath('/quiz')).toBeNull();
  });

  it('answers 404 for URLs not ours, 501 for XML, 400 for a missing url or bad sizes', () => {
    expect(ask({ url: 'https://evil.example/lessons/launch-types' }).status).toBe(404);
    expect(ask({ url: 'https://course.example/lessons/launch-types', format: 'xml' }).status).toBe(501);
    expect(ask({}).status).toBe(400);
    expect(ask({ url: 'https://course.example/lessons/launch-types', maxwidth: '-3' }).status).toBe(400);
    for (const bad of ['0', '1.5', '12px', '9999999', 'abc']) {
      expect(ask({ url: 'https://course.example/lessons/launch-types', maxheight: bad }).status, bad).toBe(400);
    }
    expect(ask({ url: 'https://course.example/lessons/launch-types', format: 'yaml' }).status).toBe(501);
    expect(ask({ url: `https://course.example/lessons/launch-types?x=${'a'.repeat(2100)}` }).status).toBe(400);
    const twice = oembedAnswer(new URLSearchParams('url=https://course.example/lessons/launch-types&maxwidth=300&maxwidth=900'), context);
    expect(twice.status).toBe(400);
  });

  it('static export files have one path per target', () => {
    expect(oembedFilePath({ kind: 'lesson', slug: 'launch-types' })).toBe('/oembed/lessons/launch-types.json');
    expect(oembedFilePath({ kind: 'widget', widget: 'checklist', argument: 'application' })).toBe('/oembed/widgets/checklist/application.json');
    expect(oembedFilePath({ kind: 'widget', widget: 'responsibility-quiz' }, 'fargate')).toBe('/oembed/widgets/responsibility-quiz/fargate.json');
    expect(oembedFilePath({ kind: 'widget', widget: 'chooser' }, 'fargate')).toBe('/oembed/widgets/chooser.json');
  });

  it("the export's discovery href is the file written for the same embed as the dynamic one", () => {
    const dynamic = (embed: string) => `https://course.example/api/oembed?url=${encodeURIComponent(`https://course.example${embed}`)}&format=json`;
    expect(staticOembedHref(dynamic('/embed/lessons/launch-types'))).toBe('https://course.example/oembed/lessons/launch-types.json');
    expect(staticOembedHref(dynamic('/embed/widgets/checklist/control-plane'))).toBe('https://course.example/oembed/widgets/checklist/control-plane.json');
    expect(staticOembedHref(dynamic('/embed/widgets/responsibility-quiz?round=fargate'))).toBe(
      'https://course.example/oembed/widgets/responsibility-quiz/fargate.json',
    );
    expect(staticOembedHref(dynamic('/embed/widgets/responsibility-quiz'))).toBe('https://course.example/oembed/widgets/responsibility-quiz.json');
    for (const other of [
      'https://course.example/oembed/lessons/launch-types.json',
      `https://course.example/api/oembed?url=${encodeURIComponent('https://evil.example/embed/lessons/x')}`,
      `https://course.example/api/oembed?url=${encodeURIComponent('https://course.example/embed/../admin')}`,
      'not a url',
    ]) {
      expect(staticOembedHref(other), other).toBeNull();
    }
  });
});
