import { expect, test } from 'vitest';
import { STATIC_HOST_HEAD, exportPlan, exportTargets, staticHostHtml, staticOembedLinks } from './export-map';

test('prerendered pages keep their path; the not-found page becomes the host error page too', () => {
  expect(exportTargets('index.html')).toEqual(['index.html']);
  expect(exportTargets('lessons/launch-types.html')).toEqual(['lessons/launch-types.html']);
  expect(exportTargets('_not-found.html')).toEqual(['404.html', '_not-found.html']);
});

test('RSC payloads and their segments are laid out as next export writes them', () => {
  expect(exportTargets('chooser.rsc')).toEqual(['chooser.txt']);
  expect(exportTargets('lessons/launch-types.segments/_tree.segment.rsc')).toEqual(['lessons/launch-types/__next._tree.txt']);
  expect(exportTargets('lessons/launch-types.segments/lessons/$d$slug/__PAGE__.segment.rsc')).toEqual([
    'lessons/launch-types/__next.lessons.$d$slug.__PAGE__.txt',
  ]);
  expect(exportTargets('index.segments/__PAGE__.segment.rsc')).toEqual(['__next.__PAGE__.txt']);
  expect(exportTargets('_not-found.segments/_not-found/__PAGE__.segment.rsc')).toEqual(['_not-found/__next._not-found.__PAGE__.txt']);
});

test('prerendered route handlers lose the .body suffix', () => {
  expect(exportTargets('sitemap.xml.body')).toEqual(['sitemap.xml']);
  expect(exportTargets('healthz.body')).toEqual(['healthz']);
});

test('server code, metadata and Next internal error page have no place in an export', () => {
  for (const file of [
    'index.meta',
    'lessons/[slug]/page.js',
    'chooser/result/page.js.nft.json',
    '_global-error.html',
    'perf-floor/launch-types.html',
    'perf-floor/launch-types.rsc',
    '_global-error.segments/_full.segment.rsc',
    'page_client-reference-manifest.js',
  ]) {
    expect(exportTargets(file), file).toEqual([]);
  }
});

test('the plan is sorted and refuses two files for one target', () => {
  expect(exportPlan(['robots.txt.body', 'index.html', 'index.meta']).map((entry) => entry.to)).toEqual(['index.html', 'robots.txt']);
  expect(() => exportPlan(['a.txt.body', 'a.rsc'])).toThrow('a.txt.body and a.rsc both map to out/a.txt');
});

test('on a static host the search button is hidden without JavaScript, from <head>', () => {
  const html = '<html><head><title>x</title></head><body><a data-search-open href="/search">Search</a></body></html>';
  expect(staticHostHtml(html)).toBe(html.replace('</head>', `${STATIC_HOST_HEAD}</head>`));
  expect(staticHostHtml('no head here')).toBe('no head here');
});

test('the LTI tool stays out of a static export, even its prerendered pages', () => {
  expect(exportTargets('lti/pick.html')).toEqual([]);
  expect(exportTargets('lti/check-up/launch-types.html')).toEqual([]);
  expect(exportTargets('lti.html')).toEqual([]);
  expect(exportTargets('lti-notes.html')).toEqual(['lti-notes.html']);
});

test("on a static host the oEmbed discovery links name the build's answer files, not the server's endpoint", () => {
  const link = (href: string, title = '') => `<link rel="alternate" type="application/json+oembed" href="${href}"${title}/>`;
  const dynamic = `https://course.example/api/oembed?url=${encodeURIComponent('https://course.example/embed/widgets/responsibility-quiz?round=ec2')}&amp;format=json`;
  const html = `<html><head>${link(dynamic, ' title="Docker on EC2"')}<link rel="canonical" href="https://course.example/quiz/responsibility/ec2"/></head></html>`;
  const out = staticHostHtml(html);
  expect(out).toContain(link('https://course.example/oembed/widgets/responsibility-quiz/ec2.json', ' title="Docker on EC2"'));
  expect(out).not.toContain('/api/oembed');
  // The RSC payload's copy (inline in the page, and the .txt a client-side navigation fetches) says the same.
  const payload = `"href":"https://course.example/api/oembed?url=${encodeURIComponent('https://course.example/embed/lessons/launch-types')}\\u0026format=json"`;
  expect(staticOembedLinks(payload)).toBe('"href":"https://course.example/oembed/lessons/launch-types.json"');
  expect(staticOembedLinks(payload.replace('\\u0026', '&'))).toBe('"href":"https://course.example/oembed/lessons/launch-types.json"');
  // Anything else is left as it is.
  expect(staticOembedLinks(link('https://elsewhere.example/oembed.json'))).toBe(link('https://elsewhere.example/oembed.json'));
});
