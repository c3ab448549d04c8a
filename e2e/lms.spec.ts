/**
 * SCORM 1.2 packages in a real run-time: a test "LMS" on its own origin (a small HTTP server started here, port 0)
 * loads scorm-again to provide window.API, opens a package's launcher in an iframe, and the launcher embeds the site
 * from the site's origin. Three origins' worth of frames: LMS page > launcher (LMS origin) > embed (site origin).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { allRounds } from '../lib/quiz/matrix';
import type { Owner } from '../lib/quiz/types';
import { packagePath } from '../lib/lms/catalogue';
import { customisePackage } from '../lib/lms/scorm12/customise';
import { NOTICE } from '../lib/lms/scorm12/launcher';
import { expectNoAxeViolations } from './support';

const ZONE: Record<Owner, string> = { you: 'You manage', shared: 'Shared', aws: 'AWS manages' };
const fargate = allRounds().find((round) => round.id === 'fargate')!;
const QUIZ = { kind: 'widget', widget: 'responsibility-quiz' } as const;
const SCORM_AGAIN = fs.readFileSync(path.join(process.cwd(), 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), 'utf8');

let lms: http.Server;
let lmsOrigin = '';
let site = '';
/** Unzipped packages by name, and LMS pages by path. */
const packages = new Map<string, Record<string, string>>();
const lmsPages = new Map<string, string>();

/** An LMS page that launches package `name`; `stored` is what the LMS kept from an earlier session. */
function lmsPage(page: string, name: string, stored?: Record<string, string>) {
  lmsPages.set(
    `/${page}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again.js"></script>
<script>
window.lms = { commits: 0, set: {}, finished: false };
window.API = new Scorm12API({ logLevel: 5, autocommit: false });
${stored ? `window.API.loadFromFlattenedJSON(${JSON.stringify(stored)});` : ''}
API.on('LMSCommit', function () { lms.commits += 1; });
API.on('LMSFinish', function () { lms.finished = true; });
API.on('LMSSetValue.cmi.*', function (element, value) { lms.set[element] = value; });
</script></head>
<body><main><h1>Test LMS</h1><iframe id="sco" title="Course package" src="/pkg/${name}/index.html" width="100%" height="1400"></iframe></main></body></html>`,
  );
  return `${lmsOrigin}/${page}.html`;
}

function addPackage(name: string, zip: Uint8Array) {
  packages.set(name, Object.fromEntries(Object.entries(unzipSync(zip)).map(([file, bytes]) => [file, strFromU8(bytes)])));
}

test.beforeAll(async ({ baseURL, request }) => {
  site = baseURL!;
  lms = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://lms').pathname;
    const file = /^\/pkg\/([\w-]+)\/([\w.-]+)$/.exec(pathname);
    const body = pathname === '/scorm-again.js' ? SCORM_AGAIN : file ? packages.get(file[1])?.[file[2]] : lmsPages.get(pathname);
    const type = pathname.endsWith('.js') ? 'text/javascript' : pathname.endsWith('.xml') ? 'application/xml' : 'text/html';
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': `${type}; charset=utf-8` });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve));
  lmsOrigin = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`;
  // The resume test's package: the site's own quiz package rebuilt for this site's origin, as the dialog does it.
  const sitePackage = await request.get(packagePath(QUIZ));
  expect(sitePackage.ok()).toBe(true);
  const custom = customisePackage(await sitePackage.body(), {
    origin: new URL(site).origin,
    target: QUIZ,
    title: 'Responsibility quiz',
    options: { round: 'fargate' },
  });
  if (custom.status !== 'ok') throw new Error(custom.error);
  addPackage('resume', custom.zip);
});

test.afterAll(async () => {
  await new Promise((resolve) => lms.close(resolve));
});

const recorded = (page: Page) =>
  page.evaluate(() => {
    const { API, lms } = window as unknown as {
      API: { cmi: { suspend_data: string; core: { lesson_status: string; score: { raw: string; min: string; max: string } } } };
      lms: { commits: number; set: Record<string, string>; finished: boolean };
    };
    const { core } = API.cmi;
    return { status: core.lesson_status, raw: core.score.raw, min: core.score.min, max: core.score.max, suspend: API.cmi.suspend_data, ...lms };
  });

test('instructor downloads a package from the dialog; in the LMS, a solved round lands as passed, 100 of 100', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });

  await test.step('the embed dialog downloads a SCORM 1.2 package with its options baked in', async () => {
    await page.goto('/quiz/responsibility');
    await page.getByRole('button', { name: /^Embed: / }).click();
    const dialog = page.getByRole('dialog', { name: /^Embed/ });
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    // Graded by default: the round that counts is chosen in the assignment.
    await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
    await dialog.getByRole('group', { name: 'Rounds that count' }).getByRole('checkbox', { name: fargate.title }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' }).click();
    const download = await downloading;
    await expect(dialog.getByText(/^Downloaded widget-responsibility-quiz-[0-9a-f]{8}-scorm12\.zip\. Upload it/)).toBeVisible();
    const zip = new Uint8Array(fs.readFileSync(await download.path()));
    addPackage('dialog', zip);
    const files = packages.get('dialog')!;
    expect(Object.keys(files)).toEqual([
      'imsmanifest.xml',
      'adlcp_rootv1p2.xsd',
      'ims_xml.xsd',
      'imscp_rootv1p1p2.xsd',
      'imsmd_rootv1p2p1.xsd',
      'index.html',
      'launcher.js',
    ]);
    // The browser's own XML parser reads the manifest: well-formed, SCORM 1.2, graded.
    const manifest = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        version: doc.getElementsByTagName('schemaversion')[0]?.textContent,
        mastery: doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent,
        href: doc.getElementsByTagName('resource')[0]?.getAttribute('href'),
      };
    }, files['imsmanifest.xml']);
    expect(manifest).toEqual({ error: 0, version: '1.2', mastery: '80', href: 'index.html' });
  });

  const launcher = page.frameLocator('#sco');
  const content = launcher.frameLocator('#scorm-content');

  await test.step('first launch: the launcher finds the API and marks the attempt incomplete', async () => {
    await page.goto(lmsPage('first', 'dialog'));
    await expect(launcher.getByRole('status')).toHaveText(/^Connected to your LMS/);
    await expect(content.getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
    await expect(content.locator('html')).toHaveClass(/dark/);
    const before = await recorded(page);
    expect(before).toMatchObject({ status: 'incomplete', raw: '' });
    expect(before.commits).toBeGreaterThanOrEqual(1);
  });

  await test.step('a forged result from the wrong origin changes nothing', async () => {
    await page.evaluate(() => {
      const forged = {
        source: 'containers-on-aws',
        version: 1,
        type: 'result',
        payload: {
          widget: 'responsibility-quiz',
          lesson: 'shared-responsibility',
          attemptId: 'forged',
          score: 8,
          max: 8,
          passed: true,
          completedAt: '2026-12-01T00:00:00.000Z',
          durationMs: 1,
          statement: {},
        },
      };
      (document.getElementById('sco') as HTMLIFrameElement).contentWindow!.postMessage(forged, '*');
    });
  });

  await test.step('solving the round inside the nested frame writes the score, status, time and suspend data', async () => {
    for (const card of fargate.cards) {
      await content.getByRole('button', { name: `Move to…, ${card.label}` }).click();
      await content
        .getByRole('menu', { name: `Move ${card.label} to` })
        .getByRole('menuitem', { name: ZONE[card.answer] })
        .click();
    }
    await content.getByRole('button', { name: 'Check answers' }).click();
    await expect(launcher.getByRole('status')).toHaveText('Attempt 1 submitted: 100% (passed). Saved to your LMS: best so far 100% (passed).');
    const after = await recorded(page);
    expect(after).toMatchObject({ status: 'passed', raw: '100', min: '0', max: '100' });
    expect(after.raw).toBe(after.max);
    expect(after.commits).toBeGreaterThanOrEqual(2);
    expect(after.set['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    // Counted once, and only the real attempt: the forged message (sent first) left no trace.
    const suspend = JSON.parse(after.suspend);
    expect(suspend).toMatchObject({ v: 2, n: 1, b: [fargate.cards.length, fargate.cards.length, 1] });
    expect(suspend.c).toHaveLength(1);
    expect(suspend.c).not.toContain('forged');
  });

  await test.step('leaving the launcher finishes the session', async () => {
    await page.evaluate(() => {
      (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
    });
    await expect.poll(async () => (await recorded(page)).finished).toBe(true);
  });
});

test('a returning learner resumes from suspend data; outside an LMS the launcher says so and still shows the content', async ({ page }) => {
  const launcher = page.frameLocator('#sco');

  await test.step('second launch: welcome back, and the passed status is kept', async () => {
    await page.goto(
      lmsPage('resume', 'resume', {
        'cmi.core.lesson_status': 'passed',
        'cmi.core.score.raw': '100',
        'cmi.suspend_data': '{"v":2,"n":1,"b":[8,8,1],"l":[8,8,1],"p":{},"c":["a1"]}',
      }),
    );
    await expect(launcher.getByRole('status')).toHaveText('Welcome back: 1 attempt submitted, best so far 100% (passed).');
    await expect(launcher.frameLocator('#scorm-content').getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
    expect(await recorded(page)).toMatchObject({ status: 'passed', raw: '100' });
  });

  await test.step('no API (the file opened on its own): a one-line notice, and the content', async () => {
    await page.goto(`${lmsOrigin}/pkg/resume/index.html`);
    await expect(page.getByRole('status')).toHaveText(NOTICE.noApi);
    await expect(page.frameLocator('#scorm-content').getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
    // The launcher page itself (axe also enters the embedded frame).
    await expectNoAxeViolations(page);
  });
});
