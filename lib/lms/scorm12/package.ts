/**
 * A whole SCORM 1.2 package: the manifest, the launcher page and its script, the four SCORM 1.2 control files (XML
 * schemas, control-files.ts), and the zip (fflate, deterministic: fixed dates and order, so the same
 * input always gives the same bytes). Runs in the browser (the embed dialog's download) and in Node (the build's
 * package routes, `npm run package:lms`).
 */
import { zipSync, type Zippable } from 'fflate';
import type { PackageFiles, PackageInput } from '../format';
import { launcherHtml } from './launcher';
import { SCORM_FILES, scormManifest } from './manifest';
import { SCORM_CONTROL_FILES } from './control-files';

export type { PackageFiles, PackageInput };

export function packageFiles(input: PackageInput): PackageFiles {
  const content = [SCORM_FILES.launcher, SCORM_FILES.script];
  return {
    [SCORM_FILES.manifest]: scormManifest({
      identifier: input.identifier,
      title: input.config.title,
      description: input.description,
      masteryScore: input.masteryScore,
      files: content,
    }),
    [SCORM_FILES.launcher]: launcherHtml(input.config, SCORM_FILES.script),
    [SCORM_FILES.script]: input.launcherJs,
    ...SCORM_CONTROL_FILES,
  };
}

/** 1 January 2026, so a rebuild of the same package is byte-identical (zip dates have no time zone). */
const FIXED_DATE = new Date(2026, 0, 1);

export function zipPackage(files: PackageFiles): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  // The manifest first: some LMS importers look for it at the top of the archive.
  const names = Object.keys(files).sort((a, b) => (a === SCORM_FILES.manifest ? -1 : b === SCORM_FILES.manifest ? 1 : a.localeCompare(b)));
  for (const name of names) entries[name] = [encoder.encode(files[name]), { level: 9, mtime: FIXED_DATE }];
  return zipSync(entries);
}
