/**
 * Which package each embed target gets: its grading (from the widget registry, and for a lesson from the widgets
 * its MDX uses), its stable identifier and file name, and the launcher config. Pure and browser-safe: the embed
 * dialog builds a package with it, the build and `npm run package:lms` build all of them.
 */
import { WIDGETS, WIDGET_CATALOGUE, type WidgetName } from '../widget-catalogue';
import { PASS_MARK } from '../results';
import { EMBED_WIDGETS, targetHeight, type EmbedTarget, type EmbedWidgetName, type EmbedWidgetSpec } from '../embed/targets';
import type { EmbedOptions } from '../embed/options';
import { embedUrl } from '../embed/snippets';
import type { PackageInput } from './package';
import type { PackageGrading } from './session';

/** What an LMS shows under the title, for widgets (a lesson's comes from its summary), from their descriptors. */
export const WIDGET_DESCRIPTIONS = Object.fromEntries(WIDGETS.map((widget) => [widget.embed.name, widget.lmsDescription])) as Record<EmbedWidgetName, string>;

/** Mastery score in the manifest: the pass mark every graded widget uses (lib/results.ts), as a percentage. */
export const MASTERY_SCORE = Math.round(PASS_MARK * 100);

export type TargetGrading = { grading: PackageGrading; masteryScore?: number };

export function gradingFor(target: EmbedTarget, lessonWidgets: readonly WidgetName[] = []): TargetGrading {
  const specs: EmbedWidgetSpec[] = target.kind === 'widget' ? [EMBED_WIDGETS[target.widget]] : [...new Set(lessonWidgets)].map((name) => EMBED_WIDGETS[WIDGET_CATALOGUE[name].embed.name]);
  const gradedWidgets = [...new Set(specs.filter((spec) => spec.graded).map((spec) => spec.resultWidget))];
  if (gradedWidgets.length) return { grading: { completion: 'result', gradedWidgets }, masteryScore: MASTERY_SCORE };
  const raisesResults = specs.some((spec) => spec.resultWidget !== '');
  return { grading: { completion: raisesResults ? 'result' : 'view', gradedWidgets: [] } };
}

/** `lesson-launch-types`, `widget-checklist-control-plane`: the name of the package's file and of its identifier. */
export function packageSlug(target: EmbedTarget): string {
  return target.kind === 'lesson' ? `lesson-${target.slug}` : `widget-${target.widget}${target.argument ? `-${target.argument}` : ''}`;
}

/** FNV-1a, 32 bits, hex: a short stable tag for a choice of options. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export type PackageRequest = {
  origin: string;
  target: EmbedTarget;
  title: string;
  description: string;
  lessonWidgets?: readonly WidgetName[];
  options?: Partial<EmbedOptions>;
  /** The widget's own query (chooser answers), without '?'. */
  widgetQuery?: string;
  launcherJs: string;
  /** Grading already decided (a package rebuilt from the site's own), instead of working it out from the widgets. */
  grading?: TargetGrading;
};

export type PackagePlan = { fileName: string; input: PackageInput };

/**
 * Identifier `containers-on-aws.<slug>` for the default options, plus `.o<hash of the embed query>` for any other
 * choice, so the same download is the same package in the LMS and a different choice is a different one.
 */
export function planPackage(request: PackageRequest): PackagePlan {
  const { origin, target, options = {}, widgetQuery = '' } = request;
  const url = embedUrl({ origin, target, options, widgetQuery });
  const query = url.slice(url.indexOf('?') + 1 || url.length);
  const slug = packageSlug(target);
  const suffix = query ? `-${shortHash(query)}` : '';
  const { grading, masteryScore } = request.grading ?? gradingFor(target, request.lessonWidgets);
  return {
    fileName: `${slug}${suffix}-scorm12.zip`,
    input: {
      identifier: `containers-on-aws.${slug}${query ? `.o${shortHash(query)}` : ''}`,
      description: request.description,
      masteryScore,
      launcherJs: request.launcherJs,
      config: { version: 1, siteOrigin: origin, embedUrl: url, title: request.title, height: targetHeight(target), grading },
    },
  };
}

/** Where the site serves the default package of a target. */
export function packagePath(target: EmbedTarget): string {
  return `/lms/${packageSlug(target)}-scorm12.zip`;
}

export const LAUNCHER_SCRIPT_PATH = '/lms/launcher.js';
