/**
 * Tiny runtime type guards for data read back in the browser (learner state, URL values, imported files).
 * Hand-written rather than zod because this code ships on every page: zod (even zod/mini) costs 15-30 KB gzip,
 * these cost a few hundred bytes. Build-time content validation keeps using zod on the server.
 */
export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (value): value is string => typeof value === 'string';
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isNonNegativeInt: Guard<number> = (value): value is number => Number.isInteger(value) && (value as number) >= 0;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOneOf<T extends string>(options: readonly T[]): Guard<T> {
  return (value): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
}

export function isArrayOf<T>(item: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(item);
}

export function isRecordOf<T>(item: Guard<T>): Guard<Record<string, T>> {
  return (value): value is Record<string, T> => isRecord(value) && Object.values(value).every(item);
}

/** An object with exactly these keys (extra keys are allowed and ignored by the type). */
export function isShape<T extends Record<string, unknown>>(shape: { [K in keyof T]: Guard<T[K]> }): Guard<T> {
  return (value): value is T => isRecord(value) && Object.entries(shape).every(([key, guard]) => (guard as Guard<unknown>)(value[key]));
}
