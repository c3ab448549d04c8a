/**
 * Which section of a lesson is being read: the last heading whose top has passed the reading line (a fixed
 * distance below the sticky header). Before the first heading, none (-1). Pure, for the TOC highlighter.
 */
export function currentSection(headingTops: readonly number[], readingLine: number): number {
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= readingLine) current = index;
  });
  return current;
}
