import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { LMS_FORMATS } from './formats';
import { formatIdOf, packageFileName } from './format';
import { buildAllPackages } from './build';
import { packagePath } from './catalogue';
import { allEmbedTargets } from '../embed/context';
import { launcherScript } from './bundle';

const origin = 'https://course.example.com';
const ids = LMS_FORMATS.map((format) => format.id);

describe('the LMS-format seam', () => {
  it('gives every format its own id, file-name tail and launcher file', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(LMS_FORMATS.map((format) => format.launcherFile)).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+$/);
    // No id is the tail of another's, or a file name would match two formats.
    for (const a of ids) for (const b of ids) if (a !== b) expect(b.endsWith(a)).toBe(false);
  });

  it('names files one way and reads the format back from the name', () => {
    expect(packageFileName('lesson-launch-types', 'scorm12')).toBe('lesson-launch-types-scorm12.zip');
    expect(formatIdOf('lesson-launch-types-scorm12.zip', ids)).toBe('scorm12');
    expect(formatIdOf('lesson-launch-types.zip', ids)).toBeNull();
  });

  it('builds, in every format, one package per embed target, served where packagePath says, each archive holding the files the format lists', async () => {
    const packages = await buildAllPackages(origin);
    const targets = allEmbedTargets();
    expect(packages).toHaveLength(targets.length * LMS_FORMATS.length);
    for (const format of LMS_FORMATS) {
      const mine = packages.filter((pkg) => pkg.format === format);
      expect(mine.map((pkg) => pkg.target)).toEqual(targets);
      for (const pkg of mine) {
        expect(`/lms/${pkg.fileName}`).toBe(packagePath(pkg.target, format.id));
        expect(formatIdOf(pkg.fileName, ids)).toBe(format.id);
        const unzipped = unzipSync(pkg.zip);
        const files = format.files(pkg.input);
        expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
        expect(strFromU8(unzipped[format.launcherFile])).toBe(await launcherScript(format));
      }
    }
  });

  it('keeps each format in its own folder, with its runtime inside it', () => {
    for (const format of LMS_FORMATS) {
      expect(format.runtimeEntry.startsWith(`lib/lms/${format.id}/`)).toBe(true);
      expect(fs.existsSync(path.join(process.cwd(), format.runtimeEntry))).toBe(true);
    }
  });
});
