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
 */
import type { ButtonHTMLAttributes, Ref } from 'react';
import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'caution' | 'outline' | 'quiet' | 'danger' | 'success' | 'notice';
/** md: a full-size action; sm: the same 44 px target with smaller text; compact: a 36 px secondary action in running text. */
export type ButtonSize = 'md' | 'sm' | 'compact';

/**
 * The looks themselves are utilities in app/globals.css (`btn`, `btn-md`, `btn-primary`, ...): a class name here is a
 * few bytes, where the full Tailwind lists were copied into every client chunk that draws a button (Turbopack keeps a
 * small shared module in each chunk that uses it). The names are written out whole so Tailwind finds them.
 */
const SIZES: Record<ButtonSize, string> = { md: 'btn-md', sm: 'btn-sm', compact: 'btn-compact' };

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  caution: 'btn-caution',
  outline: 'btn-outline',
  quiet: 'btn-quiet',
  danger: 'btn-danger',
  success: 'btn-success',
  notice: 'btn-notice',
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The class names of a button; `className` adds layout (margins, print:hidden), never a second colour or size. */
export function buttonClass({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return cn('btn', SIZES[size], VARIANTS[variant], className);
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle & { ref?: Ref<HTMLButtonElement> };

/** A `<button>`, `type="button"` unless told otherwise (a form's submit button says `type="submit"`). */
export function Button({ variant, size, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
