import { describe, expect, it } from 'vitest';
import {
  buildVersion,
  isCoursePage,
  isNetworkOnly,
  isWorkerMessage,
  offlinePageHtml,
  outdatedCaches,
  pagesCacheName,
  dataCacheName,
  underPrefix,
} from './policy';

describe('isNetworkOnly', () => {
  it('leaves the embeds, LMS files, LTI routes and the worker itself to the network', () => {
    for (const path of [
      '/embed',
      '/embed/lessons/launch-types',
      '/embed.js',
      '/lms/x.zip',
      '/lti/launch',
      '/lti',
      '/api/oembed',
      '/oembed/lessons/a',
      '/perf-floor/a',
      '/serwist/sw.js',
      '/search',
      '/chooser/result',
    ]) {
      expect(isNetworkOnly(path), path).toBe(true);
    }
  });
  it('handles the course pages', () => {
    for (const path of ['/', '/lessons/launch-types', '/quiz', '/quiz/responsibility', '/chooser', '/glossary', '/embedded', '/ltis']) {
      expect(isNetworkOnly(path), path).toBe(false);
    }
  });
  it('matches a prefix only at a path boundary', () => {
    expect(underPrefix('/embedded', '/embed')).toBe(false);
    expect(underPrefix('/embed/x', '/embed')).toBe(true);
  });
});

describe('isCoursePage', () => {
  it('is a page, not a file or a network-only path', () => {
    expect(isCoursePage('/lessons/a')).toBe(true);
    expect(isCoursePage('/_next/static/chunks/a.js')).toBe(false);
    expect(isCoursePage('/search-index.json')).toBe(false);
    expect(isCoursePage('/embed/lessons/a')).toBe(false);
  });
});

describe('buildVersion', () => {
  it('is stable for one manifest and changes with any entry', () => {
    const manifest = [{ url: '/_next/static/chunks/a.js', revision: null }, '/x'];
    expect(buildVersion(manifest)).toBe(buildVersion([...manifest]));
    expect(buildVersion(manifest)).not.toBe(buildVersion([{ url: '/_next/static/chunks/b.js', revision: null }, '/x']));
    expect(buildVersion(['a', 'bc'])).not.toBe(buildVersion(['ab', 'c']));
  });
});

describe('outdatedCaches', () => {
  it('names the page and data caches of other versions only', () => {
    const names = [pagesCacheName('v1'), pagesCacheName('v2'), dataCacheName('v1'), dataCacheName('v2'), 'course-assets', 'serwist-precache-v2-x'];
    expect(outdatedCaches(names, 'v2')).toEqual([pagesCacheName('v1'), dataCacheName('v1')]);
  });
});

describe('isWorkerMessage', () => {
  it('accepts the two message shapes and nothing else', () => {
    expect(isWorkerMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isWorkerMessage({ type: 'SAVE_PAGE', path: '/lessons/a' })).toBe(true);
    expect(isWorkerMessage({ type: 'SAVE_PAGE', path: 'https://evil.example/' })).toBe(false);
    expect(isWorkerMessage({ type: 'SAVE_PAGE', path: '//evil.example/' })).toBe(false);
    expect(isWorkerMessage({ type: 'CLEAR' })).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
    expect(isWorkerMessage('SKIP_WAITING')).toBe(false);
  });
});

describe('offlinePageHtml', () => {
  it('says what is missing and links the saved pages, escaped', () => {
    const html = offlinePageHtml('/lessons/<b>', ['/lessons/a', '/', '/_next/static/x.js']);
    expect(html).toContain('<h1>You are offline</h1>');
    expect(html).toContain('/lessons/&#60;b&#62;');
    expect(html).toContain('<a href="/lessons/a">/lessons/a</a>');
    expect(html).toContain('<a href="/">Course map</a>');
    expect(html).not.toContain('x.js');
  });
  it('says so when nothing is saved', () => {
    expect(offlinePageHtml('/quiz', [])).toContain('No page is saved yet.');
  });
});
