/**
 * The Node half of instrumentation.ts: if this server already has an LTI database (DATABASE_URL, or an embedded one
 * in .data/), the score outbox sweeper starts now, so scores waiting from before a restart are delivered without
 * waiting for the next launch. A site with no LTI use opens no database.
 */
import fs from 'node:fs';
import { defaultDataDir } from './lib/lti/db/database';
import { toolDb } from './lib/lti/server';

if (process.env.DATABASE_URL || fs.existsSync(defaultDataDir())) {
  await toolDb().catch((error: unknown) => console.log(`lti: database not opened at start (${error instanceof Error ? error.name : 'error'})`));
}
