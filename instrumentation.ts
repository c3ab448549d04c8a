/**
 * Runs once when a Next server starts. If this server already has an LTI database (DATABASE_URL, or an embedded one
 * in .data/), the score outbox sweeper starts now, so scores waiting from before a restart are delivered without
 * waiting for the next launch. A site with no LTI use opens no database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const fs = await import('node:fs');
  const { defaultDataDir } = await import('./lib/lti/db/database');
  if (!process.env.DATABASE_URL && !fs.existsSync(defaultDataDir())) return;
  const { toolDb } = await import('./lib/lti/server');
  await toolDb().catch((error: unknown) => console.log(`lti: database not opened at start (${error instanceof Error ? error.name : 'error'})`));
}
