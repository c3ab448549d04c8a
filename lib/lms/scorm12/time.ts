/**
 * SCORM 1.2 CMITimespan for `cmi.core.session_time`: `HHHH:MM:SS.SS` (hours two to four digits, seconds with at
 * most two decimals). Longer than 9999 hours is capped rather than sent in a form the LMS would reject.
 */
const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

export function scormTimespan(ms: number): string {
  const centiseconds = Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 10), MAX_CENTISECONDS) : 0;
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = Math.floor((centiseconds % 6000) / 100);
  const fraction = centiseconds % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(fraction)}`;
}

/** The pattern SCORM 1.2 run-times check a CMITimespan against. */
export const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
