/**
 * Deep-linked practice: besides a graded check-up, a teacher can add a whole lesson, one widget, a checklist or one
 * round of the responsibility quiz to a course. These open the same chrome-less embed pages instructors already
 * frame (/embed/...), ungraded: the content item has no line item, so the LMS makes no gradebook column, and nothing
 * is recorded for the gradebook. What the link opens travels in its custom parameters and is validated again at every
 * launch (a platform stores them, an LMS admin may edit them).
 */
import { z } from 'zod';
import { isLessonSlug } from '../course';
import { CHECKLIST_IDS } from '../checklists/ids';
import { EMBED_WIDGETS, embedPath, isEmbedWidgetName, type EmbedTarget, type EmbedWidgetName } from '../embed/targets';
import { LtiError } from './errors';

/** Widgets a practice link may open on their own: every embeddable widget but the check-up (which is graded here). */
export function practiceWidgetNames(): EmbedWidgetName[] {
  return (Object.keys(EMBED_WIDGETS) as EmbedWidgetName[]).filter((name) => name !== 'check-up' && name !== 'checklist');
}

const ROUND_ID = /^[a-z0-9-]{1,40}$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

/** What a teacher picks, as the deep-linking API receives it. */
export const practicePickSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), lesson: z.string().regex(SLUG), title: z.string().max(200).optional() }),
  z.object({ kind: z.literal('widget'), widget: z.string().max(80), title: z.string().max(200).optional() }),
  z.object({ kind: z.literal('checklist'), checklist: z.string().max(80), title: z.string().max(200).optional() }),
  z.object({ kind: z.literal('round'), round: z.string().regex(ROUND_ID), title: z.string().max(200).optional() }),
]);
export type PracticePick = z.infer<typeof practicePickSchema>;

/** A practice link's target, resolved and checked; `round` only for the quiz. */
export type PracticeTarget = { target: EmbedTarget; round?: string };

/**
 * The embed target a pick opens, or a clear error. `rounds` are the quiz's round ids (from the content, passed in so
 * this stays free of content loading).
 */
export function practiceTarget(pick: PracticePick, rounds: readonly string[]): PracticeTarget {
  const refuse = (what: string) => new LtiError('request', what, 'Pick it again from the list.');
  switch (pick.kind) {
    case 'lesson':
      if (!isLessonSlug(pick.lesson)) throw refuse(`There is no lesson "${pick.lesson}".`);
      return { target: { kind: 'lesson', slug: pick.lesson } };
    case 'widget':
      if (!isEmbedWidgetName(pick.widget) || !practiceWidgetNames().includes(pick.widget))
        throw refuse(`There is no widget "${pick.widget}" to add on its own.`);
      return { target: { kind: 'widget', widget: pick.widget } };
    case 'checklist':
      if (!(CHECKLIST_IDS as readonly string[]).includes(pick.checklist)) throw refuse(`There is no checklist "${pick.checklist}".`);
      return { target: { kind: 'widget', widget: 'checklist', argument: pick.checklist } };
    case 'round':
      if (!rounds.includes(pick.round)) throw refuse(`The quiz has no round "${pick.round}".`);
      return { target: { kind: 'widget', widget: 'responsibility-quiz' }, round: pick.round };
  }
}

/** The custom parameters a practice link carries (platforms keep them as strings). */
export function practiceCustom(pick: PracticePick): Record<string, string> {
  switch (pick.kind) {
    case 'lesson':
      return { item_kind: 'lesson', item_id: pick.lesson };
    case 'widget':
      return { item_kind: 'widget', item_id: pick.widget };
    case 'checklist':
      return { item_kind: 'checklist', item_id: pick.checklist };
    case 'round':
      return { item_kind: 'round', item_id: pick.round };
  }
}

/** The content item: an LTI resource link without a line item (ungraded). */
export function practiceContentItem(toolOrigin: string, pick: PracticePick, defaultTitle: string) {
  return {
    type: 'ltiResourceLink' as const,
    title: pick.title?.trim() || defaultTitle,
    text: 'Practice from the course Containers on AWS: not graded.',
    url: `${toolOrigin}/lti/launch`,
    custom: practiceCustom(pick),
  };
}

const PRACTICE_KINDS = ['lesson', 'widget', 'checklist', 'round'] as const;

/** Whether a launch's custom parameters name a practice link (anything else is a graded check-up or invalid). */
export function isPracticeCustom(custom: unknown): boolean {
  const kind = (custom as { item_kind?: unknown } | null | undefined)?.item_kind;
  return typeof kind === 'string' && (PRACTICE_KINDS as readonly string[]).includes(kind);
}

const customSchema = z.object({ item_kind: z.enum(PRACTICE_KINDS), item_id: z.string().max(80) });

/** Where a practice launch goes: the embed page (and the quiz's round), or a clear error naming what is wrong. */
export function practiceLaunchPath(custom: unknown, rounds: readonly string[]): string {
  const parsed = customSchema.safeParse(custom);
  if (!parsed.success) {
    throw new LtiError(
      'claims',
      'This link does not say what it opens (custom parameters "item_kind" and "item_id").',
      "Add the activity again with the tool's content picker (deep linking).",
    );
  }
  const { item_kind: kind, item_id: id } = parsed.data;
  const pick: PracticePick =
    kind === 'lesson' ? { kind, lesson: id } : kind === 'widget' ? { kind, widget: id } : kind === 'checklist' ? { kind, checklist: id } : { kind, round: id };
  let resolved: PracticeTarget;
  try {
    resolved = practiceTarget(pick, rounds);
  } catch {
    throw new LtiError(
      'claims',
      `This link opens ${kind} "${id}", which the course no longer has.`,
      'Edit the activity and pick its content again (deep linking).',
    );
  }
  return resolved.round ? `${embedPath(resolved.target)}?round=${resolved.round}` : embedPath(resolved.target);
}
