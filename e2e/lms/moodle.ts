/** The Moodle the LMS tests run against (../shared/lms/moodle.sh; MOODLE_HOME/MOODLE_PORT pick an instance). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const MOODLE_SH = process.env.MOODLE_SH ?? path.resolve(HERE, '..', '..', '..', 'shared', 'lms', 'moodle.sh');
export const ADMIN_PASS = process.env.MOODLE_ADMIN_PASS ?? 'Admin#1234';

export function moodleEnv(): { url: string; code: string; home: string } {
  const lines = execFileSync(MOODLE_SH, ['env'], { encoding: 'utf8' }).trim().split('\n');
  const values = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).replace(/^'|'$/g, '')]));
  return { url: values.MOODLE_URL, code: values.MOODLE_CODE, home: values.MOODLE_HOME };
}

/** Runs a PHP CLI script of e2e/lms/php with Moodle's code folder as its first argument; returns its JSON (last line). */
export function php<T>(script: string, ...args: string[]): T {
  const output = execFileSync(MOODLE_SH, ['php', path.join(HERE, 'php', script), moodleEnv().code, ...args], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

export async function logIn(page: Page, username: string, password: string) {
  const { url } = moodleEnv();
  await page.goto(`${url}/login/index.php`);
  // The login page re-renders its password field after load (README of shared/lms).
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((next) => !next.pathname.startsWith('/login/'));
}

export async function logOut(page: Page) {
  await page.context().clearCookies({ domain: new URL(moodleEnv().url).hostname });
}

/** Stops only Moodle's web server (its database stays up), by the PID moodle.sh recorded. */
export function stopMoodleWeb() {
  const pidFile = path.join(moodleEnv().home, 'web.pid');
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  process.kill(-pid, 'SIGTERM');
  fs.rmSync(pidFile);
}

export function startMoodle() {
  execFileSync(MOODLE_SH, ['up'], { stdio: 'ignore' });
}

const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);
/**
 * The tool's first registration waits for its fresh embedded database (PGlite's first start, the migration and the
 * key: 3 s idle, close to a minute on a busy machine) and for Moodle; the page says so meanwhile (app/lti/register).
 */
const FIRST_DATABASE_OPEN_MS = 120_000 * TIME_FACTOR;

/**
 * The admin registers the tool by pasting its URL (LTI Dynamic Registration) and activates it. Returns Moodle's tool
 * type id, read from the deployment id the tool's own registration reports (Moodle's deployment id is its tool type's
 * id): the tool this run registered, whatever else the shared Moodle holds.
 */
export async function registerTool(page: Page, toolOrigin: string): Promise<number> {
  const moodle = moodleEnv();
  await logIn(page, 'admin', ADMIN_PASS);
  await page.goto(`${moodle.url}/mod/lti/toolconfigure.php`);
  await page.getByRole('textbox', { name: 'Tool URL...' }).fill(`${toolOrigin}/lti/register`);
  await page.getByRole('button', { name: 'Add LTI Advantage' }).click();
  const registration = page.frameLocator('#region-main iframe');
  await registration.getByRole('button', { name: 'Register the tool' }).click();
  await expect(registration.getByRole('status')).toContainText(`registered with ${moodle.url}`, { timeout: FIRST_DATABASE_OPEN_MS });
  const registered = (await registration.getByRole('status').textContent())!.match(/deployment (\d+)\)/);
  expect(registered).not.toBeNull();
  await registration.getByRole('button', { name: 'Close' }).click();
  // Moodle lists the new tool as pending; the newest card is last.
  await page.getByRole('link', { name: 'Activate' }).last().click();
  await expect(page.getByRole('link', { name: 'Activate' })).toHaveCount(0);
  return Number(registered![1]);
}
