/**
 * The look of one answer option: a bordered card holding a radio button or checkbox and its label, tinted when
 * chosen, ringed when the input has keyboard focus. Used on a <label> (the chooser's questions, the check-up).
 */
export const choiceClass =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 hover:border-accent-600 has-[:checked]:border-accent-700 has-[:checked]:bg-accent-50 has-[:disabled]:cursor-default has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:border-accent-400 dark:has-[:checked]:border-accent-300 dark:has-[:checked]:bg-accent-700/25 dark:has-[:focus-visible]:ring-accent-300';
