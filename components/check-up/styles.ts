/** Class names the check-up's parts share (one place, so a button is never restyled by hand). */
export const primaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-accent-700 px-4 font-semibold text-white hover:bg-accent-600 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-zinc-300 px-4 font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800';
export const choiceLabel =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 hover:border-accent-600 has-[:checked]:border-accent-700 has-[:checked]:bg-accent-50 has-[:disabled]:cursor-default has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:border-accent-400 dark:has-[:checked]:border-accent-300 dark:has-[:checked]:bg-accent-700/25 dark:has-[:focus-visible]:ring-accent-300';
export const link = 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300';
