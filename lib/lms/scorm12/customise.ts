/**
 * The embed dialog's download: the site's own package for the target (served at packagePath, built for SITE_URL),
 * rebuilt for the origin the dialog is open on and the options the instructor picked. Grading, description and the
 * launcher script come from that package, so the download and the site's package can never disagree.
 * Pure and browser-safe (fflate is loaded by the caller on demand).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { EmbedOptions } from '../../embed/options';
import type { EmbedTarget } from '../../embed/targets';
import { MASTERY_SCORE, planPackage, type Assignable, type TargetGrading } from '../catalogue';
import type { PackageGrading } from './session';
import { requiredParts, type PartKey } from '../../assignment/attempt';
import type { Assignment } from '../../assignment/settings';
import { CONFIG_ELEMENT_ID, isLauncherConfig } from './launcher';
import { SCORM_FILES } from './manifest';
import { packageFiles, zipPackage } from './package';

export type CustomRequest = {
  origin: string;
  target: EmbedTarget;
  title: string;
  options: Partial<EmbedOptions>;
  widgetQuery?: string;
  assignment?: Assignment;
};

/** What the site's package counts by default is everything the target has: the parts an assignment may choose from. */
export function availableFromRequired(required: readonly PartKey[]): Assignable {
  return { checkUp: required.includes('check-up'), rounds: required.filter((key) => key.startsWith('round:')).map((key) => key.slice('round:'.length)) };
}

/** The grading of the site's package, changed to the instructor's assignment where the target is gradable. */
export function regrade(grading: PackageGrading, assignment: Assignment | undefined): TargetGrading {
  const site = grading.assignment;
  if (!site || !assignment) return { grading, masteryScore: site ? (site.settings.passMark ?? MASTERY_SCORE) : undefined };
  if (assignment.mode === 'practice') return { grading: { completion: 'result', gradedWidgets: [] } };
  const required = requiredParts(assignment, availableFromRequired(site.required));
  if (!required.length) return { grading, masteryScore: site.settings.passMark ?? MASTERY_SCORE };
  return { grading: { ...grading, assignment: { settings: assignment, required } }, masteryScore: assignment.passMark ?? MASTERY_SCORE };
}

export type CustomPackage = { status: 'ok'; fileName: string; zip: Uint8Array } | { status: 'invalid'; error: string };

const CONFIG = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">([^<]*)</script>`);
const DESCRIPTION = /<imsmd:description><imsmd:langstring[^>]*>([^<]*)<\/imsmd:langstring>/;

const unescapeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function customisePackage(sitePackage: Uint8Array, request: CustomRequest): CustomPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(sitePackage);
  } catch {
    return { status: 'invalid', error: 'the site’s package is not a zip file' };
  }
  const manifest = files[SCORM_FILES.manifest];
  const page = files[SCORM_FILES.launcher];
  const script = files[SCORM_FILES.script];
  if (!manifest || !page || !script) return { status: 'invalid', error: 'the site’s package is missing a file' };
  let config: unknown = null;
  try {
    config = JSON.parse(CONFIG.exec(strFromU8(page))?.[1] ?? 'null');
  } catch {
    config = null;
  }
  if (!isLauncherConfig(config)) return { status: 'invalid', error: 'the site’s package has no launcher settings' };
  const description = unescapeXml(DESCRIPTION.exec(strFromU8(manifest))?.[1] ?? '');
  const grading = regrade(config.grading, request.assignment);
  const plan = planPackage({
    ...request,
    description,
    launcherJs: strFromU8(script),
    grading,
    available: config.grading.assignment ? availableFromRequired(config.grading.assignment.required) : undefined,
  });
  return { status: 'ok', fileName: plan.fileName, zip: zipPackage(packageFiles(plan.input)) };
}
