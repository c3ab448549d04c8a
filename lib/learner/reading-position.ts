/**
 * Where the learner stopped reading each lesson: the section being read (its heading id and text) when they last
 * scrolled, kept as the widget slice `widgets["reading"]`. Home's Continue button opens the lesson there. Checked by
 * hand (no schema library): home reads it, and home's first load must stay small.
 */
export const READING_KEY = 'reading';
/** Lessons kept at most (more than the course holds, so the cap only stops a forged record). */
export const MAX_READING_LESSONS = 50;
const MAX_TITLE = 200;
const SECTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type ReadingPlace = { section: string; title: string; at: string };
export type ReadingSlice = Record<string, ReadingPlace>;

function isPlace(value: unknown): value is ReadingPlace {
  if (!value || typeof value !== 'object') return false;
  const { section, title, at } = value as Record<string, unknown>;
  return (
    typeof section === 'string' &&
    SECTION_ID.test(section) &&
    typeof title === 'string' &&
    title.length <= MAX_TITLE &&
    typeof at === 'string' &&
    !Number.isNaN(Date.parse(at))
  );
}

export function isReadingSlice(value: unknown): value is ReadingSlice {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length <= MAX_READING_LESSONS && entries.every(isPlace);
}

/** Note the section being read (unchanged when it is the same section: no write for nothing). */
export function noteReading(slice: ReadingSlice | undefined, lesson: string, section: string, title: string, now: Date): ReadingSlice {
  const current = slice ?? {};
  if (!SECTION_ID.test(section)) return current;
  if (current[lesson]?.section === section) return current;
  const trimmed = title.trim().slice(0, MAX_TITLE);
  const next = { ...current, [lesson]: { section, title: trimmed, at: now.toISOString() } };
  // Past the cap, the lesson read longest ago makes room.
  const keys = Object.keys(next);
  if (keys.length > MAX_READING_LESSONS) delete next[keys.sort((a, b) => Date.parse(next[a].at) - Date.parse(next[b].at))[0]];
  return next;
}

/** The place to reopen a lesson at, if the learner stopped inside it (a bad slice reads as none). */
export function readingPlace(slice: unknown, lesson: string): ReadingPlace | undefined {
  return isReadingSlice(slice) ? slice[lesson] : undefined;
}

/** The lesson a path like /lessons/<slug> shows, if any. */
export function lessonOfPath(pathname: string): string | undefined {
  return /^\/lessons\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname)?.[1];
}
