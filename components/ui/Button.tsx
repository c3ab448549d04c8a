/**
 * The site's buttons. `buttonClass` gives the same look to a link that acts as a button (`<a className=…>`).
 * A server component (no state): a client widget uses it the same way.
 *
 * - primary: the one main action of a step (check answers, next question, start).
 * - secondary: a bordered button on a tinted surface (a card, a toolbar, a dialog); it keeps its own fill.
 * - caution: a secondary button in red, that asks before it throws something away (Reset…).
 * - outline: a bordered button straight on the page (diagram controls, Embed); transparent.
 * - quiet: a link-like action (start over, close).
 * - danger: a confirmation that throws something away.
 * - success: a done state the learner can undo (Mark as done).
 * - notice: a bordered button on the amber notice banner.
 * - soft: a secondary button with the dark theme's softer border (the chooser's Back, Start over, Copy link).
 * - subtle: an outline button in softer text and, in dark, a lighter border (the Embed button's look).
 * - plain: an underlined action in the surrounding text colour, no hover fill (the embed dialog's Close).
 */
import type { ButtonHTMLAttributes, Ref } from 'react';
import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'caution' | 'outline' | 'quiet' | 'danger' | 'success' | 'notice' | 'soft' | 'subtle' | 'plain';
/**
 * md: a full-size action; sm: the same 44 px target with smaller text; compact: a 36 px secondary action in running
 * text; wide: md with more room either side (the chooser's main actions); field: padded like the text field beside
 * it, no minimum height (the search page's submit, about 40 px); snug: md with less room either side (the chooser's
 * Start over).
 */
export type ButtonSize = 'md' | 'sm' | 'compact' | 'wide' | 'field' | 'snug';
/** The space between an icon and the label: tight 6 px (Embed), normal 8 px, wide 12 px (the diagram's owner switch). */
export type ButtonGap = 'tight' | 'normal' | 'wide';
/** The label's weight; by default semibold for the filled variants (primary, danger, success), medium for the rest. */
export type ButtonWeight = 'medium' | 'semibold';

/**
 * The looks themselves are utilities in app/globals.css (`btn`, `btn-md`, `btn-primary`, ...): a class name here is a
 * few bytes, where the full Tailwind lists were copied into every client chunk that draws a button (Turbopack keeps a
 * small shared module in each chunk that uses it). The names are written out whole so Tailwind finds them.
 */
const SIZES: Record<ButtonSize, string> = { md: 'btn-md', sm: 'btn-sm', compact: 'btn-compact', wide: 'btn-wide', field: 'btn-field', snug: 'btn-snug' };
const GAPS: Record<ButtonGap, string> = { tight: 'gap-1.5', normal: 'gap-2', wide: 'gap-3' };
const WEIGHTS: Record<ButtonWeight, string> = { medium: 'font-medium', semibold: 'font-semibold' };
const FILLED: ReadonlySet<ButtonVariant> = new Set(['primary', 'danger', 'success']);

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  caution: 'btn-caution',
  outline: 'btn-outline',
  quiet: 'btn-quiet',
  danger: 'btn-danger',
  success: 'btn-success',
  notice: 'btn-notice',
  soft: 'btn-soft',
  subtle: 'btn-subtle',
  plain: 'btn-plain',
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; gap?: ButtonGap; weight?: ButtonWeight; className?: string };

/** The class names of a button; `className` adds layout (margins, print:hidden), never a second colour, size or weight. */
export function buttonClass({ variant = 'primary', size = 'md', gap = 'normal', weight, className }: ButtonStyle = {}): string {
  const shown = weight ?? (FILLED.has(variant) ? 'semibold' : 'medium');
  return cn('btn', SIZES[size], GAPS[gap], WEIGHTS[shown], VARIANTS[variant], className);
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle & { ref?: Ref<HTMLButtonElement> };

/** A `<button>`, `type="button"` unless told otherwise (a form's submit button says `type="submit"`). */
export function Button({ variant, size, gap, weight, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, gap, weight, className })} {...rest} />;
}
