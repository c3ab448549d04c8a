/**
 * Finding the LMS's SCORM 1.2 API object the way the run-time environment spec says: the content looks for a
 * window property `API` in its own window, then its parent, grandparent and so on (at most seven levels up, as
 * ADL's sample code does), and only then in the window that opened it (an LMS that launches in a new window) and
 * that window's parents. A frame of another origin throws on access; that counts as "not here".
 */
export type Scorm12Api = {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
};

/** The part of `Window` the search reads (a plain object in unit tests). */
export type ApiSearchWindow = { API?: unknown; parent?: ApiSearchWindow | null; opener?: ApiSearchWindow | null };

export const MAX_PARENT_DEPTH = 7;

const API_METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

function apiIn(win: ApiSearchWindow): Scorm12Api | null {
  try {
    const api = win.API as Record<string, unknown> | null | undefined;
    if (api && API_METHODS.every((name) => typeof api[name] === 'function')) return api as unknown as Scorm12Api;
  } catch {
    // A window of another origin: no API for us there.
  }
  return null;
}

function parentOf(win: ApiSearchWindow): ApiSearchWindow | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

/** Walks `win` and up to `maxDepth` of its parents. */
function searchUp(start: ApiSearchWindow, maxDepth: number): Scorm12Api | null {
  let win: ApiSearchWindow | null = start;
  for (let depth = 0; win && depth <= maxDepth; depth += 1) {
    const api = apiIn(win);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

export function findScormApi(win: ApiSearchWindow, maxDepth = MAX_PARENT_DEPTH): Scorm12Api | null {
  const found = searchUp(win, maxDepth);
  if (found) return found;
  let opener: ApiSearchWindow | null | undefined = null;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener, maxDepth) : null;
}
