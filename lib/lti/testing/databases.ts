/**
 * The engines the database tests run on: PGlite (in memory) always, and a real PostgreSQL 15 when Debian's
 * postgresql-15 is installed: initdb into a temporary folder, started on a private port, stopped by its PID.
 * Set LTI_TEST_POSTGRES=0 to skip PostgreSQL, or =1 to make its absence a failure (CI).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type ToolDatabase } from '../db/database';

// The tests' own key for sealed secrets (lib/lti/secrets.ts), so no key file is written into the repository.
process.env.LTI_SECRET_KEY ??= Buffer.alloc(32, 7).toString('base64');

export const PG_BIN = process.env.LTI_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export type Engine = { name: 'pglite' | 'postgres'; open: () => Promise<ToolDatabase>; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function postgresAvailable(): boolean {
  if (process.env.LTI_TEST_POSTGRES === '0') return false;
  const present = fs.existsSync(path.join(PG_BIN, 'postgres'));
  if (!present && process.env.LTI_TEST_POSTGRES === '1') throw new Error(`LTI_TEST_POSTGRES=1 but no PostgreSQL in ${PG_BIN}`);
  return present;
}

/** initdb + postgres on a free port; as the `postgres` user when running as root (PostgreSQL refuses root). */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lti-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]) as [string, string[]];
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const [initCommand, initArgs] = run(path.join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  execFileSync(initCommand, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [command, args] = run(path.join(PG_BIN, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
  ]);
  const child: ChildProcess = spawn(command, args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const { Client } = await import('pg');
  for (let tries = 0; ; tries++) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (tries > 300 || child.exitCode !== null) throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // The server's own PID (the child may be runuser): postmaster.pid's first line.
  const postmasterPid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(postmasterPid, 'SIGINT'); // PostgreSQL's fast shutdown
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let databaseCounter = 0;

/** PGlite always; PostgreSQL when installed. Each open() gives a fresh, migrated, empty database. */
export function testEngines(): Engine[] {
  const engines: Engine[] = [{ name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }), stop: async () => undefined }];
  if (postgresAvailable()) {
    let server: Promise<{ url: string; stop: () => Promise<void> }> | undefined;
    engines.push({
      name: 'postgres',
      open: async () => {
        server ??= startPostgres();
        const { url } = await server;
        const { Client } = await import('pg');
        const admin = new Client({ connectionString: url });
        await admin.connect();
        const name = `lti_test_${process.pid}_${++databaseCounter}`;
        await admin.query(`create database ${name}`);
        await admin.end();
        return openDatabase({ databaseUrl: url.replace(/\/postgres$/, `/${name}`), poolSize: 5 });
      },
      stop: async () => {
        if (server) await (await server).stop();
      },
    });
  }
  return engines;
}
