/** The 40 px square icon button of the header (search, theme, menu): one look for all three. */
export const headerIconButton =
  'inline-flex h-10 min-w-10 shrink-0 items-center justify-center gap-2 rounded-md text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:hover:text-white';
