/**
 * The seam every LMS delivery format sits behind. What is common to all of them lives here and in the format-neutral
 * modules beside it: what a package counts (catalogue.ts, from the widget descriptors and lib/assignment), the
 * launcher's settings (the embed URL it frames, the grading), and how files are named. What differs is a folder
 * per format, `lib/lms/<id>/`, whose `format.ts` implements `LmsFormat` in its spec's vocabulary, and one line in
 * formats.ts. SCORM 1.2 (`scorm12/`) is the first. The LTI 1.3 tool (lib/lti) is a launch, not a package: it
 * grades with the same assignment and attempt rules (lib/assignment) and reports through AGS, so it needs no entry
 * here. Browser-safe types only.
 */
import type { PartKey } from '../assignment/attempt';
import type { GradedAssignment } from '../assignment/settings';

/** What a package counts and when it is done; decided once per target (catalogue.ts), read by every format. */
export type PackageGrading = {
  /** `result`: done when a result arrives; `view`: done on launch (nothing in it raises a result). */
  completion: 'result' | 'view';
  /** Result `widget` names that carry the grade; empty for an ungraded package (any result completes it). */
  gradedWidgets: readonly string[];
  /** A graded package: the assignment and the parts it counts on this target (lib/assignment/attempt.ts). */
  assignment?: { settings: GradedAssignment; required: PartKey[] };
};

/** The launcher page's settings, baked into every package whatever its format. */
export type LauncherConfig = {
  version: 1;
  /** Where the content comes from; messages from any other origin are ignored. */
  siteOrigin: string;
  /** The embed URL with the instructor's options (theme, round, presets) baked into its query. */
  embedUrl: string;
  title: string;
  /** Initial frame height in CSS pixels, until the embed reports its own. */
  height: number;
  grading: PackageGrading;
};

/** Everything a format needs to write one package. */
export type PackageInput = {
  /** Stable across builds and downloads of the same thing, so re-uploading replaces rather than duplicates. */
  identifier: string;
  description: string;
  /** 0-100, for a graded package. */
  masteryScore?: number;
  config: LauncherConfig;
  /** The format's bundled launcher script (bundle.ts on the server, fetched from the site in the browser). */
  launcherJs: string;
};

export type PackageFiles = Record<string, string>;

/** One LMS package format. */
export interface LmsFormat {
  /** Short, lower-case, no spaces: the tail of every package's file name (`lesson-x-scorm12.zip`). */
  readonly id: string;
  /** The spec's own name, for people. */
  readonly name: string;
  /** Where the grade goes, in the spec's data model (for docs and the instructor page). */
  readonly reports: string;
  /** The browser script of the launcher page, bundled by bundle.ts (a path from the repository root). */
  readonly runtimeEntry: string;
  /** Its file name inside the package and under the site's `/lms/`. */
  readonly launcherFile: string;
  /** Every file of the package (manifest, launcher page, script, anything the spec asks for). */
  files(input: PackageInput): PackageFiles;
  /** The archive an LMS uploads; the same files always give the same bytes. */
  archive(files: PackageFiles): Uint8Array;
}

/** `<slug>-<format id>.zip`: one naming rule for every format, so a file name says which format it is. */
export function packageFileName(slug: string, formatId: string): string {
  return `${slug}-${formatId}.zip`;
}

/** The format id a package file name ends with, or null. */
export function formatIdOf(fileName: string, formatIds: readonly string[]): string | null {
  return formatIds.find((id) => fileName.endsWith(`-${id}.zip`)) ?? null;
}
