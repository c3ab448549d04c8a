/**
 * The tool's database: PostgreSQL when DATABASE_URL is set (production: Amazon RDS or Aurora), else an embedded
 * PGlite in `.data/pglite` (LTI_DATA_DIR), so `npm ci && npm run serve` works with nothing but Node. One Kysely
 * per process, migrated on first use; every other piece of state lives in the tables, never in server memory.
 * PGlite takes one process per data folder: run one `next start` against it (PostgreSQL has no such limit).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { PGlite } from '@electric-sql/pglite';
import { migrationProvider } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type DatabaseEngine = 'pglite' | 'postgres';
export type ToolDatabase = { db: Kysely<Database>; engine: DatabaseEngine; close: () => Promise<void> };

export type OpenOptions = { databaseUrl?: string; dataDir?: string; poolSize?: number };

/** Opens (creates, migrates) a database. Tests call this directly; the app uses getDatabase(). */
export async function openDatabase(options: OpenOptions = {}): Promise<ToolDatabase> {
  let dialect: Dialect;
  let engine: DatabaseEngine;
  let closeEngine: () => Promise<void>;
  if (options.databaseUrl) {
    const { Pool } = await import('pg');
    const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server closes (a restart, a failover, a shutdown) is reported on the pool, which drops
    // it and opens a new one when needed; unhandled, that event would end the whole process.
    pool.on('error', (error) => console.warn(`lti: an idle database connection was closed (${error.message}); the pool opens a new one when needed`));
    dialect = new PostgresDialect({ pool });
    engine = 'postgres';
    // Kysely's destroy() ends the pool.
    closeEngine = async () => undefined;
  } else {
    const dataDir = options.dataDir ?? 'memory://';
    // PGlite does not create parent folders.
    if (!dataDir.startsWith('memory://')) fs.mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ dataDir)), { recursive: true });
    let instance: PGlite | undefined;
    const open = async () => {
      const { PGlite } = await import('@electric-sql/pglite');
      instance = await PGlite.create(dataDir);
      return instance;
    };
    dialect = new PGliteDialect(open);
    engine = 'pglite';
    closeEngine = async () => {
      await instance?.close();
    };
  }
  const db = new Kysely<Database>({ dialect });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    await closeEngine();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`LTI database: migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    db,
    engine,
    close: async () => {
      await db.destroy();
      await closeEngine();
    },
  };
}

/** Where the embedded database lives when DATABASE_URL is unset. */
export const defaultDataDir = () => process.env.LTI_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'pglite');

const GLOBAL_KEY = Symbol.for('containers-on-aws.lti-database');
type Holder = { [GLOBAL_KEY]?: Promise<ToolDatabase> };

/** The process's database (one pool, or the one PGlite), opened on first use: its first query takes ~3 s on PGlite. */
export function getDatabase(): Promise<ToolDatabase> {
  const holder = globalThis as Holder;
  holder[GLOBAL_KEY] ??= openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: defaultDataDir() }).catch((error) => {
    delete holder[GLOBAL_KEY];
    throw error;
  });
  return holder[GLOBAL_KEY];
}
