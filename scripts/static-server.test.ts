import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentType, resolveStaticFile, rewriteUri } from './static-server';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  fs.mkdirSync(path.join(dir, 'lessons'));
  fs.mkdirSync(path.join(dir, 'docs'));
  for (const file of ['index.html', '404.html', 'lessons/launch-types.html', 'docs/index.html', 'sitemap.xml']) fs.writeFileSync(path.join(dir, file), file);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the CloudFront function adds .html to clean URLs and index.html to folders, and leaves files alone', () => {
  expect(rewriteUri('/')).toBe('/index.html');
  expect(rewriteUri('/lessons/launch-types')).toBe('/lessons/launch-types.html');
  expect(rewriteUri('/docs/')).toBe('/docs/index.html');
  expect(rewriteUri('/sitemap.xml')).toBe('/sitemap.xml');
  expect(rewriteUri('/_next/static/chunks/a.js')).toBe('/_next/static/chunks/a.js');
});

test('request paths resolve to the exported files', () => {
  expect(resolveStaticFile(dir, '/')).toBe(path.join(dir, 'index.html'));
  expect(resolveStaticFile(dir, '/lessons/launch-types')).toBe(path.join(dir, 'lessons/launch-types.html'));
  expect(resolveStaticFile(dir, '/lessons/launch-types?from=map')).toBe(path.join(dir, 'lessons/launch-types.html'));
  expect(resolveStaticFile(dir, '/docs/')).toBe(path.join(dir, 'docs/index.html'));
  expect(resolveStaticFile(dir, '/sitemap.xml')).toBe(path.join(dir, 'sitemap.xml'));
});

test('unknown paths and paths escaping the folder resolve to nothing', () => {
  expect(resolveStaticFile(dir, '/lessons/nope')).toBeUndefined();
  expect(resolveStaticFile(dir, '/lessons/')).toBeUndefined();
  expect(resolveStaticFile(dir, '/../../etc/passwd')).toBeUndefined();
  expect(resolveStaticFile(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  expect(resolveStaticFile(dir, '/%E0%A4%A')).toBeUndefined();
});

test('content types follow the extension', () => {
  expect(contentType('a/b.html')).toBe('text/html; charset=utf-8');
  expect(contentType('a/b.js')).toBe('text/javascript; charset=utf-8');
  expect(contentType('a/b.bin')).toBe('application/octet-stream');
});
