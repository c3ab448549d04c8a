/** Runs once when a Next server starts: the LTI tool's start-up (instrumentation-node.ts), on the Node runtime only. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}
