import { describe, expect, test } from 'vitest';
import { gzipSize, initialScripts, prerenderedHtmlPath, staticFilePath, stylesheets } from './build-output';
import { BUDGETS, floorRoute, routeBudget, routeKind, routeRatio } from '../../lib/budgets';

const html = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" href="/_next/static/chunks/pre.js"/>
<link rel="icon" href="/icon.svg"/>
<script>(function(){})()</script>
<script src="/_next/static/chunks/one.js" async=""></script>
<script src='/_next/static/chunks/two.js' async></script>
<script src="/_next/static/chunks/legacy.js" noModule=""></script>
<script src="/_next/static/chunks/one.js" async=""></script>
</head><body></body></html>`;

describe('reading prerendered HTML', () => {
  test('initialScripts lists external scripts once, in order, without noModule ones or inline scripts', () => {
    expect(initialScripts(html)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']);
  });

  test('stylesheets lists only rel=stylesheet links', () => {
    expect(stylesheets(html)).toEqual(['/_next/static/chunks/a.css']);
  });

  test('routes map to their prerendered files', () => {
    expect(prerenderedHtmlPath('/', '/repo')).toBe('/repo/.next/server/app/index.html');
    expect(prerenderedHtmlPath('/lessons/launch-types', '/repo')).toBe('/repo/.next/server/app/lessons/launch-types.html');
    expect(prerenderedHtmlPath('/_not-found', '/repo')).toBe('/repo/.next/server/app/_not-found.html');
  });

  test('static URLs map into .next/static and anything else is refused', () => {
    expect(staticFilePath('/_next/static/chunks/x.js?dpl=1', '/repo')).toBe('/repo/.next/static/chunks/x.js');
    expect(() => staticFilePath('/icon.svg', '/repo')).toThrow(/not a \/_next\/static\/ asset/);
  });

  test('gzipSize compresses repetitive text well below its length', () => {
    const text = 'container '.repeat(1000);
    expect(gzipSize(text)).toBeLessThan(200);
    expect(gzipSize(text, 1)).toBeGreaterThanOrEqual(gzipSize(text, 9));
  });
});

describe('routeKind and the floor', () => {
  const lessons = ['plain', 'with-quiz'];

  test('lessons are lessons, measured against their own floor', () => {
    expect(routeKind('/lessons/plain', lessons)).toBe('lesson');
    expect(routeKind('/lessons/with-quiz', lessons)).toBe('lesson');
    expect(floorRoute('/lessons/with-quiz', lessons)).toBe('/perf-floor/with-quiz');
    expect(routeRatio('/lessons/plain', lessons)).toBe(BUDGETS.floorRatio.lessons);
  });

  test("listed widget-free pages get the strict ratio, any other page the widget ratio, against the first lesson's floor", () => {
    expect(routeKind('/', lessons)).toBe('withoutWidgets');
    expect(routeKind('/glossary', lessons)).toBe('withoutWidgets');
    expect(routeKind('/chooser', lessons)).toBe('withWidgets');
    expect(routeKind('/lessons/unknown', lessons)).toBe('withWidgets');
    expect(floorRoute('/chooser', lessons)).toBe('/perf-floor/plain');
  });

  test('a page with a ratio of its own gets it, and the budget is the ratio times the floor', () => {
    expect(routeRatio('/progress', lessons)).toBe(BUDGETS.floorRatio.pages['/progress']);
    expect(routeBudget('/lessons/plain', lessons, 100_000)).toBe(Math.floor(BUDGETS.floorRatio.lessons * 100_000));
  });

  test('a course without lessons has no floor', () => {
    expect(() => floorRoute('/', [])).toThrow(/no lessons/);
  });
});
