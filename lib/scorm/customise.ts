/**
 * The embed dialog's download: the site's own package for the target (served at packagePath, built for SITE_URL),
 * rebuilt for the origin the dialog is open on and the options the instructor picked. Grading, description and the
 * launcher script come from that package, so the download and the site's package can never disagree.
 * Pure and browser-safe (fflate is loaded by the caller on demand).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { EmbedOptions } from '../embed/options';
import type { EmbedTarget } from '../embed/targets';
import { MASTERY_SCORE, planPackage } from './catalogue';
import { CONFIG_ELEMENT_ID, isLauncherConfig } from './launcher';
import { SCORM_FILES } from './manifest';
import { packageFiles, zipPackage } from './package';

export type CustomRequest = { origin: string; target: EmbedTarget; title: string; options: Partial<EmbedOptions>; widgetQuery?: string };

export type CustomPackage = { status: 'ok'; fileName: string; zip: Uint8Array } | { status: 'invalid'; error: string };

const CONFIG = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">([^<]*)</script>`);
const DESCRIPTION = /<imsmd:description><imsmd:langstring[^>]*>([^<]*)<\/imsmd:langstring>/;

const unescapeXml = (value: string) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

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
  const graded = config.grading.gradedWidgets.length > 0;
  const plan = planPackage({
    ...request,
    description,
    launcherJs: strFromU8(script),
    grading: { grading: config.grading, masteryScore: graded ? MASTERY_SCORE : undefined },
  });
  return { status: 'ok', fileName: plan.fileName, zip: zipPackage(packageFiles(plan.input)) };
}
