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
import { packageFileName, type PackageGrading, type PackageInput } from './format';
import { SCORM12_NAMING } from './scorm12/naming';
import { PRACTICE, assignableParts, defaultGraded, encodeAssignment, type Assignment, type AssignmentPart } from '../assignment/settings';
import { COUNTED_WIDGETS, requiredParts } from '../assignment/attempt';

/** What an LMS shows under the title, for widgets (a lesson's comes from its summary), from their descriptors. */
export const WIDGET_DESCRIPTIONS = Object.fromEntries(WIDGETS.map((widget) => [widget.embed.name, widget.lmsDescription])) as Record<EmbedWidgetName, string>;

/** Mastery score in the manifest: the pass mark every graded widget uses (lib/results.ts), as a percentage. */
export const MASTERY_SCORE = Math.round(PASS_MARK * 100);

export type TargetGrading = { grading: PackageGrading; masteryScore?: number };

/** What a target has that an assignment can count: its check-up, and the quiz rounds it shows. */
export type Assignable = { checkUp: boolean; rounds: readonly string[] };

/** The parts a target can be graded on; none for a target without a graded widget. */
export function assignableOf(target: EmbedTarget, available: Assignable): AssignmentPart[] {
  if (target.kind === 'widget') return target.widget === 'check-up' ? ['check-up'] : target.widget === 'responsibility-quiz' ? ['quiz'] : [];
  return assignableParts({ checkUp: available.checkUp, quiz: available.rounds.length > 0 });
}

/**
 * The grading of a package. A target with something gradable is graded by default (its check-up, plus the quiz
 * where it has one: defaultGraded); `assignment` practice makes it ungraded (any result completes it).
 */
export function gradingFor(
  target: EmbedTarget,
  lessonWidgets: readonly WidgetName[] = [],
  available: Assignable = { checkUp: false, rounds: [] },
  assignment?: Assignment,
): TargetGrading {
  const specs: EmbedWidgetSpec[] =
    target.kind === 'widget' ? [EMBED_WIDGETS[target.widget]] : [...new Set(lessonWidgets)].map((name) => EMBED_WIDGETS[WIDGET_CATALOGUE[name].embed.name]);
  if (target.kind === 'lesson' && available.checkUp) specs.push(EMBED_WIDGETS['check-up']);
  const parts = assignableOf(target, available);
  // Only results an assignment can count carry the grade: a graded widget beside them (the task-definition lab) is
  // practice inside the package, never part of the score.
  const counted: readonly string[] = Object.values(COUNTED_WIDGETS);
  const gradedWidgets = [...new Set(specs.filter((spec) => spec.graded && counted.includes(spec.resultWidget)).map((spec) => spec.resultWidget))];
  const settings = assignment ?? (parts.length ? defaultGraded(parts) : PRACTICE);
  if (gradedWidgets.length && settings.mode === 'graded') {
    const required = requiredParts(settings, { checkUp: parts.includes('check-up'), rounds: parts.includes('quiz') ? available.rounds : [] });
    if (required.length) {
      return { grading: { completion: 'result', gradedWidgets, assignment: { settings, required } }, masteryScore: settings.passMark ?? MASTERY_SCORE };
    }
  }
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
  /** The check-up and the quiz rounds the target shows (what an assignment may count). */
  available?: Assignable;
  /** The instructor's assignment; absent: graded by default where the target has something to grade. */
  assignment?: Assignment;
  /** The LMS format's id (lib/lms/formats.ts); SCORM 1.2 when absent. */
  formatId?: string;
};

export type PackagePlan = { fileName: string; input: PackageInput };

/**
 * Identifier `containers-on-aws.<slug>` for the default options, plus `.o<hash of the embed query>` for any other
 * choice, so the same download is the same package in the LMS and a different choice is a different one.
 */
export function planPackage(request: PackageRequest): PackagePlan {
  const { origin, target, options = {}, widgetQuery = '' } = request;
  const { grading, masteryScore } = request.grading ?? gradingFor(target, request.lessonWidgets, request.available, request.assignment);
  // The embed shows what the package grades (graded mode hides solutions); the default assignment of a target
  // leaves the file name and identifier as they were, any other choice gets its own.
  const assignment: Assignment = grading.assignment?.settings ?? PRACTICE;
  const url = embedUrl({ origin, target, options, widgetQuery, assignment });
  const plain = embedUrl({ origin, target, options, widgetQuery });
  const chosen =
    request.assignment && !isDefaultFor(target, request.assignment, request.available) ? encodeAssignment(request.assignment) || 'mode=practice' : '';
  const query = [chosen, plain.slice(plain.indexOf('?') + 1 || plain.length)].filter(Boolean).join('&');
  const slug = packageSlug(target);
  const suffix = query ? `-${shortHash(query)}` : '';
  return {
    fileName: packageFileName(`${slug}${suffix}`, request.formatId ?? SCORM12_NAMING.id),
    input: {
      identifier: `containers-on-aws.${slug}${query ? `.o${shortHash(query)}` : ''}`,
      description: request.description,
      masteryScore,
      launcherJs: request.launcherJs,
      config: { version: 1, siteOrigin: origin, embedUrl: url, title: request.title, height: targetHeight(target), grading },
    },
  };
}

function isDefaultFor(target: EmbedTarget, assignment: Assignment, available: Assignable = { checkUp: false, rounds: [] }): boolean {
  const parts = assignableOf(target, available);
  const fallback = parts.length ? defaultGraded(parts) : PRACTICE;
  return JSON.stringify(assignment) === JSON.stringify(fallback);
}

/** Where the site serves the default package of a target (SCORM 1.2 unless another format's id is given). */
export function packagePath(target: EmbedTarget, formatId: string = SCORM12_NAMING.id): string {
  return `/lms/${packageFileName(packageSlug(target), formatId)}`;
}

/** Where the site serves a format's launcher script (the embed dialog builds custom packages with it). */
export function launcherPath(launcherFile: string = SCORM12_NAMING.launcherFile): string {
  return `/lms/${launcherFile}`;
}
