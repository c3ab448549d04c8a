/**
 * What a page needs to register the worker, apart from the rest of the policy (lib/offline/policy.ts re-exports it):
 * the registration code (components/offline/register.ts) loads on every page of the site, so it carries only this.
 */

/** Where the worker is served (app/serwist/[path]/route.ts) and the scope it takes. */
export const SERVICE_WORKER_URL = '/serwist/sw.js';
export const SERVICE_WORKER_SCOPE = '/';

/** Messages between the pages and the worker (both sides check the shape; anything else is ignored). */
export type WorkerMessage = { type: 'SKIP_WAITING' } | { type: 'SAVE_PAGE'; path: string };
