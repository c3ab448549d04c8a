import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { EMBED_LOADER, embedLoaderScript } from '../browser-bundle';
import { LOADER_PATH, adoptableFrame, frameHeight, loaderFrameUrl, runCommand, type LoaderApi } from './loader';
import { MESSAGE_SOURCE } from './protocol';

describe('public/embed.js', () => {
  it('is exactly the bundle of lib/embed/loader-runtime.ts (run `npm run build:embed` after changing the loader or the protocol)', async () => {
    const shipped = fs.readFileSync(path.join(process.cwd(), EMBED_LOADER.output), 'utf8');
    expect(shipped).toBe(await embedLoaderScript());
  });

  it('speaks the protocol of lib/embed/protocol.ts: its source name is the one the bundle compiled in', async () => {
    const script = await embedLoaderScript();
    expect(script).toContain(JSON.stringify(MESSAGE_SOURCE));
  });
});

describe('loaderFrameUrl', () => {
  const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  it('puts the placeholder options and its own query in the frame URL, and the host origin as parentOrigin', () => {
    expect(
      loaderFrameUrl('https://course.example', 'widgets/chooser', attributes({ 'data-query': 'workload=web', 'data-theme': 'dark' }), 'https://school.example'),
    ).toBe('https://course.example/embed/widgets/chooser?workload=web&theme=dark&parentOrigin=https%3A%2F%2Fschool.example');
  });

  it('leaves parentOrigin out for an opaque origin and the query out when there is none', () => {
    expect(loaderFrameUrl('https://course.example', 'lessons/launch-types', attributes({}), 'null')).toBe('https://course.example/embed/lessons/launch-types');
  });

  it('accepts only lesson and widget paths', () => {
    expect(LOADER_PATH.test('widgets/checklist/control-plane')).toBe(true);
    expect(LOADER_PATH.test('../admin')).toBe(false);
    expect(LOADER_PATH.test('lessons/a/b/c')).toBe(false);
  });
});

describe('runCommand (the queue a host fills before the loader runs)', () => {
  const api = () => ({ scan: vi.fn(), setTheme: vi.fn(), push: vi.fn(() => 0) }) satisfies LoaderApi;

  it('runs a named command with its arguments and a function given the API', () => {
    const target = api();
    expect(runCommand(target, ['setTheme', 'dark'])).toEqual({ ok: true });
    expect(target.setTheme).toHaveBeenCalledWith('dark');
    const callback = vi.fn();
    expect(runCommand(target, callback)).toEqual({ ok: true });
    expect(callback).toHaveBeenCalledWith(target);
  });

  it('reports an unknown command or one that throws, instead of throwing', () => {
    const target = api();
    target.setTheme.mockImplementation(() => {
      throw new Error('bad theme');
    });
    expect(runCommand(target, ['launchRockets'])).toMatchObject({ ok: false });
    expect(runCommand(target, ['setTheme', 'purple'])).toEqual({ ok: false, error: 'bad theme' });
    expect(runCommand(target, 42)).toMatchObject({ ok: false });
  });
});

describe('the oEmbed frame the loader adopts, and its height', () => {
  it('adopts only a frame of the same origin under /embed/', () => {
    expect(adoptableFrame('https://course.example/embed/lessons/launch-types?theme=dark', 'https://course.example')).toBe(true);
    expect(adoptableFrame('https://evil.example/embed/lessons/launch-types', 'https://course.example')).toBe(false);
    expect(adoptableFrame('https://course.example/lessons/launch-types', 'https://course.example')).toBe(false);
    expect(adoptableFrame('', 'https://course.example')).toBe(false);
  });

  it('follows the content height, capped by data-max-height when it is a positive whole number', () => {
    expect(frameHeight(1834.2, null)).toBe(1835);
    expect(frameHeight(1834, '600')).toBe(600);
    expect(frameHeight(400, '600')).toBe(400);
    for (const junk of ['0', '-5', '60px', '', '1e9']) expect(frameHeight(900, junk), junk).toBe(900);
  });
});
