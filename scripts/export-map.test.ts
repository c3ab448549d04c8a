import { expect, test } from 'vitest';
import { STATIC_HOST_HEAD, exportPlan, exportTargets, staticHostHtml } from './export-map';

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
