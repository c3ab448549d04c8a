import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { buildAllPackages } from '../build';
import { customisePackage } from './customise';

describe('customisePackage', async () => {
  const packages = await buildAllPackages('https://course.example.com');
  const quiz = packages.find((pkg) => pkg.slug === 'widget-responsibility-quiz')!;
  const request = {
    origin: 'http://127.0.0.1:3216',
    target: quiz.target,
    title: 'Who manages what',
    options: { theme: 'dark' as const, round: 'ecs-fargate' },
  };

  it('points the package at the dialog’s origin with the chosen options, keeping grading, description and script', () => {
    const custom = customisePackage(quiz.zip, request);
    expect(custom.status).toBe('ok');
    if (custom.status !== 'ok') return;
    expect(custom.fileName).toMatch(/^widget-responsibility-quiz-[0-9a-f]{8}-scorm12\.zip$/);
    const files = unzipSync(custom.zip);
    const html = strFromU8(files['index.html']);
    expect(html).toContain(
      'src="http://127.0.0.1:3216/embed/widgets/responsibility-quiz?mode=graded&amp;count=quiz&amp;attempts=1&amp;feedback=right-wrong&amp;theme=dark&amp;round=ecs-fargate"',
    );
    expect(html).toContain('"siteOrigin":"http://127.0.0.1:3216"');
    expect(html).toContain('"gradedWidgets":["responsibility-quiz"]');
    const manifest = strFromU8(files['imsmanifest.xml']);
    expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest).toContain(quiz.input.description.replace(/&/g, '&amp;'));
    expect(strFromU8(files['launcher.js'])).toBe(quiz.input.launcherJs);
  });

  it('carries the instructor’s assignment: chosen rounds, attempts, pass mark; practice is ungraded', () => {
    const graded = customisePackage(quiz.zip, {
      ...request,
      assignment: { v: 1, mode: 'graded', parts: ['quiz'], rounds: ['fargate', 'ec2'], attempts: 3, feedback: 'none', passMark: 60 },
    });
    if (graded.status !== 'ok') throw new Error(graded.error);
    const files = unzipSync(graded.zip);
    expect(strFromU8(files['imsmanifest.xml'])).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    const html = strFromU8(files['index.html']);
    expect(html).toContain('"required":["round:ec2","round:fargate"]');
    expect(html).toContain('mode=graded&amp;count=quiz&amp;rounds=fargate%2Cec2&amp;attempts=3&amp;feedback=none&amp;pass=60');
    const practice = customisePackage(quiz.zip, { ...request, assignment: { v: 1, mode: 'practice' } });
    if (practice.status !== 'ok') throw new Error(practice.error);
    expect(strFromU8(unzipSync(practice.zip)['imsmanifest.xml'])).not.toContain('masteryscore');
    expect(practice.fileName).not.toBe(graded.fileName);
  });

  it('refuses anything that is not one of the site’s packages, with a reason', () => {
    expect(customisePackage(new Uint8Array([1, 2, 3]), request)).toEqual({ status: 'invalid', error: 'the site’s package is not a zip file' });
    expect(customisePackage(zipSync({ 'index.html': new Uint8Array() }), request)).toMatchObject({
      status: 'invalid',
      error: expect.stringMatching(/missing a file/),
    });
    const enc = new TextEncoder();
    const noConfig = zipSync({ 'imsmanifest.xml': enc.encode('<manifest/>'), 'index.html': enc.encode('<p>hi</p>'), 'launcher.js': enc.encode('') });
    expect(customisePackage(noConfig, request)).toMatchObject({ status: 'invalid', error: expect.stringMatching(/launcher settings/) });
  });
});
