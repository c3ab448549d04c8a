/**
 * Kept copies: every stored value the store could not read whole (damaged, written by a newer version of the site,
 * or read only in part) is kept here, dated, until the learner downloads or discards it. A copy is never
 * overwritten: a new one is added beside the others, within a size cap; when the cap is reached the store stops
 * saving (it never drops a copy to make room) and the learner is asked to download and discard one. Pure.
 */
export type KeptReason = 'damaged' | 'newer' | 'partly-read';
export type KeptCopy = { keptAt: string; reason: KeptReason; problems: string[]; text: string };

/** At most this many copies, and this many characters in all (localStorage holds about 5 million per site). */
export const MAX_KEPT_COPIES = 8;
export const MAX_KEPT_CHARS = 1_500_000;

const REASONS: readonly string[] = ['damaged', 'newer', 'partly-read'] satisfies KeptReason[];
const isCopy = (value: unknown): value is KeptCopy => {
  if (!value || typeof value !== 'object') return false;
  const copy = value as Record<string, unknown>;
  return (
    typeof copy.keptAt === 'string' &&
    REASONS.includes(copy.reason as string) &&
    typeof copy.text === 'string' &&
    Array.isArray(copy.problems) &&
    copy.problems.every((item) => typeof item === 'string')
  );
};

/**
 * The copies in the stored list. An unreadable list is itself kept as one damaged copy (nothing is dropped), so a
 * learner who damaged the list by hand still gets its text back.
 */
export function readKeptCopies(raw: string | null): KeptCopy[] {
  if (raw === null || raw === '') return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list) && list.every(isCopy)) return list;
  } catch {
    /* falls through */
  }
  return [{ keptAt: new Date(0).toISOString(), reason: 'damaged', problems: ['the list of kept copies could not be read'], text: raw }];
}

export type KeepResult = { status: 'kept'; copies: KeptCopy[] } | { status: 'full'; copies: KeptCopy[] };

/** Add a copy beside the others; 'full' (and the list unchanged) when it would pass the cap. Same text is kept once. */
export function keepCopy(copies: KeptCopy[], copy: KeptCopy): KeepResult {
  if (copies.some((existing) => existing.text === copy.text)) return { status: 'kept', copies };
  const chars = copies.reduce((sum, existing) => sum + existing.text.length, 0) + copy.text.length;
  if (copies.length >= MAX_KEPT_COPIES || chars > MAX_KEPT_CHARS) return { status: 'full', copies };
  return { status: 'kept', copies: [...copies, copy] };
}

export function discardCopy(copies: KeptCopy[], keptAt: string): KeptCopy[] {
  return copies.filter((copy) => copy.keptAt !== keptAt);
}

/** The file name a kept copy downloads as: dated to the second, so two copies never share a name. */
export function keptCopyFileName(copy: KeptCopy): string {
  return `containers-on-aws-kept-progress-${copy.keptAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
