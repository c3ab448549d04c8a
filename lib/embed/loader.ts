/**
 * The loader's rules (public/embed.js is bundled from loader-runtime.ts, which imports these): which placeholder
 * paths it accepts, the frame URL it builds from a placeholder's data- attributes (the paste-in snippet's fallback
 * link uses the same function, so link and frame show the same thing), and the command queue that lets a host page
 * call the API before the script has loaded:
 *
 *   window.ContainersOnAws = window.ContainersOnAws || [];
 *   ContainersOnAws.push(['setTheme', 'dark']);          // a command: [name, ...arguments]
 *   ContainersOnAws.push((api) => api.setTheme('dark')); // or a function given the API
 *
 * Before the loader runs, `push` is the array's; the loader then runs what was queued, in order, and replaces
 * the array with the API, whose own `push` runs a command at once. So the same line works before and after.
 * Browser-safe, no dependencies.
 */
import type { EmbedTheme } from './protocol';

/** `lessons/<slug>`, `widgets/<name>` or `widgets/<name>/<argument>`. */
export const LOADER_PATH = /^(lessons|widgets)\/[a-z0-9-]+(\/[a-z0-9-]+)?$/;

/** The embed options a placeholder may carry as `data-<name>`, copied into the frame's query. */
export const LOADER_OPTIONS = ['theme', 'header', 'round', 'filter'] as const;

export const PLACEHOLDER_ATTRIBUTE = 'data-containers-on-aws';

/** The frame a placeholder gets: its path, its `data-query` and options, and the host's origin as `parentOrigin`. */
export function loaderFrameUrl(origin: string, path: string, attribute: (name: string) => string | null, parentOrigin?: string): string {
  const query = new URLSearchParams(attribute('data-query') || '');
  for (const key of LOADER_OPTIONS) {
    const value = attribute(`data-${key}`);
    if (value) query.set(key, value);
  }
  // Messages then go to the host page's origin only, instead of to '*'.
  if (parentOrigin && parentOrigin !== 'null') query.set('parentOrigin', parentOrigin);
  const text = query.toString();
  return `${origin}/embed/${path}${text ? `?${text}` : ''}`;
}

/**
 * A placeholder that already holds a frame of this site's embed (the oEmbed answer's html: a plain iframe with a
 * fixed height, for pages that strip scripts) keeps that frame: the loader only sizes it, so it does not load twice.
 * A frame of any other origin or path is not ours to adopt.
 */
export function adoptableFrame(src: string, origin: string): boolean {
  try {
    const url = new URL(src);
    return url.origin === origin && url.pathname.startsWith('/embed/');
  } catch {
    return false;
  }
}

/**
 * The frame height for a reported content height: the content's, capped by the placeholder's `data-max-height`
 * (the oEmbed consumer's maxheight; the frame scrolls beyond it). A bad or missing cap is no cap.
 */
export function frameHeight(reported: number, maxHeight: string | null): number {
  const cap = maxHeight !== null && /^\d{1,6}$/.test(maxHeight) && Number(maxHeight) > 0 ? Number(maxHeight) : Infinity;
  return Math.min(Math.max(0, Math.ceil(reported)), cap);
}

export type LoaderApi = {
  /** Builds a frame in every placeholder not yet built (call it after adding placeholders to the page). */
  scan(): void;
  /** Sends `set-theme` to every frame. */
  setTheme(theme: EmbedTheme): void;
  /** Runs a queued command at once: `[name, ...arguments]` or a function given the API. */
  push(...commands: unknown[]): number;
};

export type CommandOutcome = { ok: true } | { ok: false; error: string };

/** Runs one queued command against the API; a bad command is reported, never thrown. */
export function runCommand(api: LoaderApi, command: unknown): CommandOutcome {
  try {
    if (typeof command === 'function') {
      command(api);
      return { ok: true };
    }
    if (Array.isArray(command) && (command[0] === 'setTheme' || command[0] === 'scan')) {
      const name: 'setTheme' | 'scan' = command[0];
      (api[name] as (...args: unknown[]) => void)(...command.slice(1));
      return { ok: true };
    }
    return { ok: false, error: `not a command: ${JSON.stringify(command)?.slice(0, 80)} (expected ['setTheme', 'dark'], ['scan'] or a function)` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
