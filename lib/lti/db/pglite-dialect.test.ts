/**
 * PGlite is one connection: a statement from another request must never run inside an open transaction (and be
 * rolled back with it). The dialect hands the connection to one transaction at a time.
 */
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { openDatabase } from './database';

test('a query that arrives during a transaction waits for it, and survives its rollback', async () => {
  const { db, close } = await openDatabase({ dataDir: 'memory://' });
  try {
    await sql`create table probe (id text primary key)`.execute(db);
    let outside: Promise<unknown> | undefined;
    await db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('probe' as never)
          .values({ id: 'inside' } as never)
          .execute();
        outside = db
          .insertInto('probe' as never)
          .values({ id: 'outside' } as never)
          .execute();
        // Give the outside statement every chance to run now (it must not: it would join this transaction).
        for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
        await trx
          .selectFrom('probe' as never)
          .selectAll()
          .execute();
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    await outside;
    const rows = await sql<{ id: string }>`select id from probe order by id`.execute(db);
    expect(rows.rows).toEqual([{ id: 'outside' }]);
  } finally {
    await close();
  }
}, 300_000);
