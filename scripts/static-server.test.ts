import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentType, resolveStaticFile } from './static-server';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  fs.mkdirSync(path.join(dir, 'lessons'));
  fs.mkdirSync(path.join(dir, 'docs'));
  for (const file of ['index.html', '404.html', 'lessons/launch-types.html', 'docs/index.html', 'healthz']) fs.writeFileSync(path.join(dir, file), file);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('clean URLs resolve to .html files and folders to index.html, like the CloudFront URL rewrite', () => {
  expect(resolveStaticFile(dir, '/')).toBe(path.join(dir, 'index.html'));
  expect(resolveStaticFile(dir, '/lessons/launch-types')).toBe(path.join(dir, 'lessons/launch-types.html'));
  expect(resolveStaticFile(dir, '/lessons/launch-types.html')).toBe(path.join(dir, 'lessons/launch-types.html'));
  expect(resolveStaticFile(dir, '/docs')).toBe(path.join(dir, 'docs/index.html'));
  expect(resolveStaticFile(dir, '/healthz')).toBe(path.join(dir, 'healthz'));
});

test('unknown paths, folders without an index and paths escaping the folder resolve to nothing', () => {
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
