/**
 * Secrets at rest: the tool's private signing keys and the platforms' access tokens are stored sealed (AES-256-GCM)
 * with a key that is not in the database, so a copy of the database (a dump, a snapshot, a backup) does not give
 * away the key that signs grades and deep links, nor a token that posts scores.
 *
 * The key: LTI_SECRET_KEY, 32 bytes in base64 (`openssl rand -base64 32`; on ECS from Secrets Manager like
 * DATABASE_URL). Embedded mode (no DATABASE_URL) without it: a key file made on first use beside the database folder
 * (`.data/lti-secret.key`, mode 0600), so `npm run serve` needs nothing; it keeps a copied database folder useless
 * without the file, but not a copied disk. With DATABASE_URL and no LTI_SECRET_KEY the tool refuses to sign and says
 * why: the database server is elsewhere, and a key beside the app would be lost with the task.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from './db/database';

export type Sealed = { sealed: 'A256GCM'; iv: string; tag: string; data: string };

export function isSealed(value: unknown): value is Sealed {
  const candidate = value as Partial<Sealed> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.sealed === 'A256GCM' &&
    typeof candidate.iv === 'string' &&
    typeof candidate.tag === 'string' &&
    typeof candidate.data === 'string'
  );
}

export function seal(plaintext: string, key: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { sealed: 'A256GCM', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** The plaintext; throws a clear error when the key is not the one it was sealed with (or the value was altered). */
export function unseal(value: Sealed, key: Buffer): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(value.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(value.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(value.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(
      'LTI_SECRET_KEY: a stored secret does not open with this key (the key changed, or the row was altered). Restore the key it was sealed with, or rotate: `npm run lti -- rotate-key`.',
    );
  }
}

/** Parses LTI_SECRET_KEY: 32 bytes in base64. */
export function parseSecretKey(setting: string): Buffer {
  const key = Buffer.from(setting.trim(), 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(setting.trim())) {
    throw new Error('LTI_SECRET_KEY: expected 32 random bytes in base64 (make one with `openssl rand -base64 32`).');
  }
  return key;
}

/** The embedded mode's key file: beside the database folder. */
export const secretKeyFile = () => path.join(path.dirname(path.resolve(/* turbopackIgnore: true */ defaultDataDir())), 'lti-secret.key');

function embeddedKey(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': only the first process to get here writes it; the others read it.
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseSecretKey(fs.readFileSync(file, 'utf8'));
}

/** The key that seals secrets in this process's database (see the file's comment for where it comes from). */
export function secretKey(env: Partial<Record<string, string>> = process.env): Buffer {
  if (env.LTI_SECRET_KEY) return parseSecretKey(env.LTI_SECRET_KEY);
  if (env.DATABASE_URL) {
    throw new Error(
      'LTI_SECRET_KEY is not set: with DATABASE_URL the tool needs it to seal its signing key and tokens (32 bytes in base64, `openssl rand -base64 32`, from Secrets Manager on ECS).',
    );
  }
  return embeddedKey(secretKeyFile());
}
