/**
 * The site's buttons. `buttonClass` gives the same look to a link that acts as a button (`<a className=…>`).
 * A server component (no state): a client widget uses it the same way.
 *
 * - primary: the one main action of a step (check answers, next question, start).
 * - secondary: a bordered button on a tinted surface (a card, a toolbar, a dialog); it keeps its own fill.
 * - outline: a bordered button straight on the page (diagram controls, Embed); transparent.
 * - quiet: a link-like action (start over, close).
 * - danger: a confirmation that throws something away.
 * - success: a done state the learner can undo (Mark as done).
 * - notice: a bordered button on the amber notice banner.
 */
import type { ButtonHTMLAttributes, Ref } from 'react';
import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'outline' | 'quiet' | 'danger' | 'success' | 'notice';
/** md: a full-size action; sm: the same 44 px target with smaller text; compact: a 36 px secondary action in running text. */
export type ButtonSize = 'md' | 'sm' | 'compact';

const BASE = 'inline-flex items-center justify-center gap-2 rounded-md disabled:cursor-not-allowed disabled:opacity-60';

const SIZES: Record<ButtonSize, string> = {
  md: 'min-h-11 px-4',
  sm: 'min-h-11 px-3 text-sm',
  compact: 'min-h-9 px-3 text-sm',
};

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent-700 font-semibold text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400',
  secondary:
    'border border-zinc-300 bg-white font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800',
  outline: 'border border-zinc-300 font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800',
  quiet: 'font-medium text-accent-700 underline underline-offset-2 hover:bg-zinc-100 dark:text-accent-300 dark:hover:bg-zinc-800',
  danger: 'bg-red-700 font-semibold text-white hover:bg-red-800 dark:bg-red-400 dark:text-red-950 dark:hover:bg-red-300',
  success: 'bg-emerald-700 font-semibold text-white hover:bg-emerald-800 dark:bg-emerald-400 dark:text-emerald-950 dark:hover:bg-emerald-300',
  notice: 'border border-amber-800 font-medium text-amber-950 hover:bg-amber-100 dark:border-amber-300 dark:text-amber-50 dark:hover:bg-amber-900',
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The class names of a button; `className` adds layout (margins, print:hidden), never a second colour or size. */
export function buttonClass({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return cn(BASE, SIZES[size], VARIANTS[variant], className);
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle & { ref?: Ref<HTMLButtonElement> };

/** A `<button>`, `type="button"` unless told otherwise (a form's submit button says `type="submit"`). */
export function Button({ variant, size, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
