/**
 * The chooser's own learner-store slice and its "record once" rule: a finished answer set raises one shared
 * result, the first time it is seen in this browser, however often the learner comes back to it.
 */
import { isArrayOf, isShape, isString, type Guard } from '../guards';

export const CHOOSER_SLICE_KEY = 'chooser:v1';

/** The answer sets (as their query strings) already recorded, oldest first. */
export type ChooserSlice = { version: 1; recorded: string[] };

/** A saved slice that does not have this shape (corrupt, another version) reads as absent. */
export const isChooserSlice: Guard<ChooserSlice> = isShape<ChooserSlice>({ version: (value): value is 1 => value === 1, recorded: isArrayOf(isString) });

/** How many answer sets are remembered: the oldest are forgotten first, so the slice never grows without end. */
export const MAX_RECORDED = 50;

/** The slice to save when `key` is a new answer set (so a result is due), or null when it was recorded before. */
export function recordOnce(slice: ChooserSlice | undefined, key: string): ChooserSlice | null {
  const recorded = slice?.recorded ?? [];
  if (recorded.includes(key)) return null;
  return { version: 1, recorded: [...recorded, key].slice(-MAX_RECORDED) };
}
