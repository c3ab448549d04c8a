/** The app's handle on the LTI tool's database: opened once per server process, with the outbox sweeper running. */
import { getDatabase } from './db/database';
import { startOutboxSweeper } from './outbox';

export async function toolDb() {
  const { db } = await getDatabase();
  startOutboxSweeper(async () => (await getDatabase()).db);
  return db;
}
