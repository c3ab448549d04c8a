import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isSealed, parseSecretKey, seal, secretKey, secretKeyFile, unseal } from './secrets';

const KEY = Buffer.alloc(32, 1);

describe('secrets at rest', () => {
  const saved = process.env.LTI_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.LTI_DATA_DIR;
    else process.env.LTI_DATA_DIR = saved;
  });

  test('a sealed secret opens with its key and shows nothing of the plaintext', () => {
    const sealed = seal('{"d":"private-part"}', KEY);
    expect(isSealed(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('private-part');
    expect(unseal(sealed, KEY)).toBe('{"d":"private-part"}');
    // A fresh IV each time: the same secret never seals to the same text.
    expect(seal('same', KEY).data).not.toBe(seal('same', KEY).data);
  });

  test('the wrong key, or an altered value, is refused with a message naming the setting', () => {
    const sealed = seal('token', KEY);
    expect(() => unseal(sealed, Buffer.alloc(32, 2))).toThrow(/LTI_SECRET_KEY/);
    const data = Buffer.from(sealed.data, 'base64');
    data[0] ^= 1;
    expect(() => unseal({ ...sealed, data: data.toString('base64') }, KEY)).toThrow(/altered/);
  });

  test('LTI_SECRET_KEY must be 32 bytes in base64', () => {
    expect(parseSecretKey(KEY.toString('base64'))).toEqual(KEY);
    expect(() => parseSecretKey('short')).toThrow(/32 random bytes/);
    expect(() => parseSecretKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 random bytes/);
  });

  test('with PostgreSQL the key must be given; embedded, a 0600 key file beside the database is made once and reused', () => {
    expect(() => secretKey({ DATABASE_URL: 'postgres://db.example/lti' })).toThrow(/LTI_SECRET_KEY is not set/);
    expect(secretKey({ DATABASE_URL: 'postgres://db.example/lti', LTI_SECRET_KEY: KEY.toString('base64') })).toEqual(KEY);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lti-secret-'));
    process.env.LTI_DATA_DIR = path.join(dir, 'pglite');
    const first = secretKey({});
    expect(secretKeyFile()).toBe(path.join(dir, 'lti-secret.key'));
    expect(fs.statSync(secretKeyFile()).mode & 0o777).toBe(0o600);
    expect(secretKey({})).toEqual(first);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
