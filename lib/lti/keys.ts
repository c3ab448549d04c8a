/**
 * The tool's signing keys (RS256), kept in the database so every server signs with the same key: generated on
 * first use, published at /lti/jwks with their `kid`, rotated by `npm run lti -- rotate-key`. A retired key stays
 * published for RETIRED_KEY_GRACE_MS, longer than any token the tool signs lives (client assertions and deep-linking
 * responses expire after 5 minutes), so a platform can still verify what was signed just before the rotation.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { Database, JsonWebKeyShape } from './db/schema';
import { isSealed, seal, secretKey, unseal } from './secrets';

export const TOOL_KEY_ALG = 'RS256';
export const RETIRED_KEY_GRACE_MS = 60 * 60 * 1000;

export type SigningKey = { kid: string; key: CryptoKey | Uint8Array };

async function createKey(db: Kysely<Database>): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(TOOL_KEY_ALG, { extractable: true, modulusLength: 2048 });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  const meta = { kid, alg: TOOL_KEY_ALG, use: 'sig' };
  await db
    .insertInto('lti_tool_key')
    // The private half is sealed with LTI_SECRET_KEY (lib/lti/secrets.ts): a copy of the database does not give it away.
    .values({
      kid,
      private_jwk: JSON.stringify(seal(JSON.stringify({ ...privateJwk, ...meta }), secretKey())),
      public_jwk: JSON.stringify({ ...publicJwk, ...meta }),
    })
    .execute();
  return kid;
}

const activeKeyRow = (db: Kysely<Database>) =>
  db.selectFrom('lti_tool_key').selectAll().where('retired_at', 'is', null).orderBy('created_at', 'desc').orderBy('kid').limit(1).executeTakeFirst();

/**
 * The key the tool signs with. Two servers starting at once may each create one; both are published and the newest
 * (then the smallest kid) signs, so every server agrees without a lock.
 */
export async function currentSigningKey(db: Kysely<Database>): Promise<SigningKey> {
  let row = await activeKeyRow(db);
  if (!row) {
    await createKey(db);
    row = await activeKeyRow(db);
  }
  const stored: unknown = row!.private_jwk;
  let jwk: JsonWebKeyShape;
  if (isSealed(stored)) {
    jwk = JSON.parse(unseal(stored, secretKey())) as JsonWebKeyShape;
  } else {
    // A key stored before keys were sealed: seal it now, in place.
    jwk = stored as JsonWebKeyShape;
    await db
      .updateTable('lti_tool_key')
      .set({ private_jwk: JSON.stringify(seal(JSON.stringify(jwk), secretKey())) })
      .where('kid', '=', row!.kid)
      .execute();
  }
  return { kid: row!.kid, key: await importJWK(jwk as JWK, TOOL_KEY_ALG) };
}

/** The public key set: the signing key and retired keys still inside their grace period. */
export async function publicKeySet(db: Kysely<Database>, now = new Date()): Promise<{ keys: JsonWebKeyShape[] }> {
  await currentSigningKey(db);
  const since = new Date(now.getTime() - RETIRED_KEY_GRACE_MS);
  const rows = await db
    .selectFrom('lti_tool_key')
    .select(['public_jwk'])
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>', since)]))
    .orderBy('created_at', 'desc')
    .execute();
  return { keys: rows.map((row) => row.public_jwk as JsonWebKeyShape) };
}

/** A new signing key; the old ones are retired now and dropped from the key set after the grace period. */
export async function rotateKey(db: Kysely<Database>, now = new Date()): Promise<{ kid: string; retired: string[] }> {
  const retired = await db.updateTable('lti_tool_key').set({ retired_at: now }).where('retired_at', 'is', null).returning('kid').execute();
  const kid = await createKey(db);
  // Keys retired longer ago than the grace period are no longer published and can go.
  await db
    .deleteFrom('lti_tool_key')
    .where('retired_at', '<', new Date(now.getTime() - RETIRED_KEY_GRACE_MS))
    .execute();
  return { kid, retired: retired.map((row) => row.kid) };
}
