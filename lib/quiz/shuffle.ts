/** Shuffling with an injectable random source, so tests and the first (server-rendered) frame are deterministic. */

/** Returns a number in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** Fisher-Yates shuffle into a new array; the input is left alone. */
export function shuffle<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.min(index, Math.floor(random() * (index + 1)));
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

/**
 * A small seeded generator (mulberry32 over a string hash). The first frame of a round is shuffled with the
 * round id as seed, so the server and the browser draw the same order and hydration matches.
 */
export function seededRandom(seed: string): RandomSource {
  let state = 2166136261;
  for (let index = 0; index < seed.length; index += 1) state = Math.imul(state ^ seed.charCodeAt(index), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
