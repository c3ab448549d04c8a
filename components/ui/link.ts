/** The look of a link in running text: accent colour, underlined, both themes. */
export const linkClass = 'text-accent-700 underline underline-offset-2 dark:text-accent-300';

/** Added to linkClass: a lighter tint on hover, the look of the chooser's and the checklist items' source links. */
export const linkHoverClass = 'hover:text-accent-600 dark:hover:text-accent-100';

/** On paper a link turns black and prints its address after it, so a printed page still names its sources. */
export const printedUrlClass = "print:text-black print:after:text-[0.85em] print:after:break-all print:after:content-['_('_attr(href)_')']";
