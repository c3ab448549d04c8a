/**
 * `npm run perf:nextra` (issue 29's "launch-types at most 0.6x stock Nextra"): builds a stock Nextra 4 docs site
 * whose one page is the launch-types lesson's prose (scripts/perf/nextra-page.ts), outside the repo, with the same
 * Next, React and React DOM versions as the course, then measures in one run, with the budget test's method
 * (scripts/perf/first-load.ts, a fresh browser context per page), the first-load JavaScript of:
 * the lesson's floor page (/perf-floor/launch-types), the lesson (/lessons/launch-types) and the Nextra page.
 * Prints the bytes and the ratios and writes reports/nextra.json. Needs the course's production build (.next).
 *
 * Not part of the budget test: it installs about 440 packages from the npm registry and makes a second Next build
 * (minutes on a CI runner) to measure something that changes only when Nextra or this site changes. Settings:
 * NEXTRA_DIR (default .data/perf-nextra in the repo, git-ignored, kept between runs, so the install and build are reused while
 * the lesson and the versions are unchanged), NEXTRA_REBUILD=1 to build it again anyway, PERF_PORT (course, default
 * 3360) and PERF_PORT+1 (Nextra), PERF_ROUNDS (default 3, the pages interleaved in each round; medians reported).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from '../../e2e/browser';
import { measureFirstLoad, type FirstLoad } from './first-load';
import { lessonToNextraPage } from './nextra-page';
import { median } from './report';
import { startNext } from './server';

const NEXTRA_VERSION = '4.6.1';
const SLUG = 'launch-types';
const LESSON_ROUTE = `/lessons/${SLUG}`;
const FLOOR_ROUTE = `/perf-floor/${SLUG}`;
/** The target: the lesson at most this fraction of stock Nextra's first load. */
const NEXTRA_GOAL = 0.6;

const repo = process.cwd();
// Under the repo's own ignored folder by default, not a shared /tmp where another user could plant a package.
const siteDir = process.env.NEXTRA_DIR ?? path.join(repo, '.data', 'perf-nextra');
const port = Number(process.env.PERF_PORT ?? 3360);
const rounds = Number(process.env.PERF_ROUNDS ?? 3);

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
  fs.writeFileSync(path.join(siteDir, file), text);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: siteDir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${siteDir} (exit ${result.status})`);
}

/** Writes the site (the files of Nextra's "docs theme" quick start, nothing else) and builds it when anything changed. */
function prepareSite(): void {
  const own = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = {
    next: own.dependencies.next,
    react: own.dependencies.react,
    'react-dom': own.dependencies['react-dom'],
    nextra: NEXTRA_VERSION,
    'nextra-theme-docs': NEXTRA_VERSION,
  };
  // Nextra 4.6.1's docs Layout fails to render with zod 4.4 or later (it validates its props after taking `children`
  // out, and zod 4.4 stopped passing an absent key to a custom check): shuding/nextra#4989, fixed by #4990, not
  // released as of 2026-12-06. Nextra asks for zod ^4.1.12; 4.3.6 is the last release it works with.
  const overrides = { zod: '4.3.6' };
  const packageJson = JSON.stringify({ name: 'nextra-comparison', private: true, type: 'module', dependencies, overrides }, null, 2);
  const page = lessonToNextraPage(fs.readFileSync(path.join(repo, 'content', 'lessons', SLUG, 'lesson.mdx'), 'utf8'));
  const files: Record<string, string> = {
    'package.json': packageJson,
    'next.config.mjs': "import nextra from 'nextra';\n\nconst withNextra = nextra({});\n\nexport default withNextra({});\n",
    'mdx-components.js': [
      "import { useMDXComponents as getThemeComponents } from 'nextra-theme-docs';",
      '',
      'const themeComponents = getThemeComponents();',
      '',
      'export function useMDXComponents(components) {',
      '  return { ...themeComponents, ...components };',
      '}',
      '',
    ].join('\n'),
    'app/layout.jsx': [
      "import { Footer, Layout, Navbar } from 'nextra-theme-docs';",
      "import { Head } from 'nextra/components';",
      "import { getPageMap } from 'nextra/page-map';",
      "import 'nextra-theme-docs/style.css';",
      '',
      "export const metadata = { title: 'Containers on AWS (Nextra comparison)' };",
      '',
      'export default async function RootLayout({ children }) {',
      '  return (',
      '    <html lang="en" dir="ltr" suppressHydrationWarning>',
      '      <Head />',
      '      <body>',
      '        <Layout navbar={<Navbar logo={<b>Containers on AWS</b>} />} pageMap={await getPageMap()} footer={<Footer>Comparison build</Footer>}>',
      '          {children}',
      '        </Layout>',
      '      </body>',
      '    </html>',
      '  );',
      '}',
      '',
    ].join('\n'),
    'app/page.mdx': `# Containers on AWS\n\n[${page.title}](${LESSON_ROUTE})\n`,
    [`app${LESSON_ROUTE}/page.mdx`]: page.mdx,
  };
  const stamp = crypto.createHash('sha256').update(JSON.stringify(files)).digest('hex');
  const stampFile = path.join(siteDir, '.comparison-stamp');
  const built = fs.existsSync(path.join(siteDir, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built && process.env.NEXTRA_REBUILD !== '1') {
    console.log(`perf:nextra: reusing the Nextra build in ${siteDir}`);
    return;
  }
  const installed = fs.existsSync(path.join(siteDir, 'package.json')) && fs.readFileSync(path.join(siteDir, 'package.json'), 'utf8') === packageJson;
  for (const [file, text] of Object.entries(files)) write(file, text);
  if (!installed || !fs.existsSync(path.join(siteDir, 'node_modules', 'nextra'))) {
    console.log(`perf:nextra: npm install in ${siteDir} (Nextra ${NEXTRA_VERSION}, Next ${dependencies.next}) ...`);
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact']);
  }
  console.log('perf:nextra: next build of the Nextra site ...');
  run(process.execPath, [path.join(siteDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
  fs.writeFileSync(stampFile, stamp);
}

type Target = { name: string; origin: string; route: string; root: string };

async function main() {
  prepareSite();
  const course = await startNext(port, repo);
  let nextra: Awaited<ReturnType<typeof startNext>>;
  try {
    nextra = await startNext(port + 1, siteDir, LESSON_ROUTE);
  } catch (error) {
    await course.stop(); // never leave the course's server running when the second one fails to start
    throw error;
  }
  const targets: Target[] = [
    { name: 'floor', origin: course.origin, route: FLOOR_ROUTE, root: repo },
    { name: 'lesson', origin: course.origin, route: LESSON_ROUTE, root: repo },
    { name: 'nextra', origin: nextra.origin, route: LESSON_ROUTE, root: siteDir },
  ];
  const browser = await chromium.launch({ executablePath: resolveChromium(() => chromium.executablePath(), { headlessShell: true }), args: CHROMIUM_FLAGS });
  const loads: Record<string, FirstLoad[]> = Object.fromEntries(targets.map((target) => [target.name, []]));
  try {
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of round % 2 ? targets : [...targets].reverse()) {
        const context = await browser.newContext();
        // Nextra's page prefetches its links' data after load; on a busy machine the network goes quiet late.
        context.setDefaultTimeout(120_000);
        loads[target.name].push(await measureFirstLoad(await context.newPage(), `${target.origin}${target.route}`, target.root));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await course.stop();
    await nextra.stop();
  }
  const gzip = Object.fromEntries(targets.map((target) => [target.name, median(loads[target.name].map((load) => load.gzip))]));
  const spread = Object.fromEntries(targets.map((target) => [target.name, [...new Set(loads[target.name].map((load) => load.gzip))]]));
  const lessonToNextra = gzip.lesson / gzip.nextra;
  const result = {
    date: new Date().toISOString(),
    rounds,
    nextraVersion: NEXTRA_VERSION,
    gzip,
    spread,
    ratios: { lessonToFloor: gzip.lesson / gzip.floor, nextraToFloor: gzip.nextra / gzip.floor, lessonToNextra },
    goal: { lessonToNextraAtMost: NEXTRA_GOAL, met: lessonToNextra <= NEXTRA_GOAL },
    scripts: Object.fromEntries(targets.map((target) => [target.name, loads[target.name][0].scripts])),
  };
  for (const target of targets)
    console.log(`${target.name.padEnd(7)} ${target.route.padEnd(26)} ${gzip[target.name]} B gzip (runs: ${spread[target.name].join(', ')})`);
  console.log(
    `lesson/floor ${result.ratios.lessonToFloor.toFixed(3)}, Nextra/floor ${result.ratios.nextraToFloor.toFixed(3)}, ` +
      `lesson/Nextra ${lessonToNextra.toFixed(3)} (goal at most ${NEXTRA_GOAL}: ${result.goal.met ? 'met' : 'NOT met'})`,
  );
  fs.mkdirSync(path.join(repo, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'reports', 'nextra.json'), JSON.stringify(result, null, 2));
  if (!result.goal.met) process.exitCode = 1;
}

await main();
