/** The look of a link in running text: accent colour, underlined, both themes. */
export const linkClass = 'text-accent-700 underline underline-offset-2 hover:text-accent-600 dark:text-accent-300 dark:hover:text-accent-100';
