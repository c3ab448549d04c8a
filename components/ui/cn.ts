/** A class value: a class string, or a falsy value to leave out (`open && 'rotate-90'`). */
export type ClassValue = string | false | null | undefined;

/**
 * Joins class names, leaving out empty and falsy ones. It does not merge Tailwind utilities: a caller adds
 * classes for other properties (margin, width, print) and never a second value for one a primitive sets.
 */
export function cn(...values: ClassValue[]): string {
  let joined = '';
  for (const value of values) {
    if (!value) continue;
    const trimmed = value.trim();
    if (trimmed) joined = joined ? `${joined} ${trimmed}` : trimmed;
  }
  return joined;
}
