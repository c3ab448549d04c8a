/**
 * Pages live under app/(site)/ (site header and footer), app/embed/ (chrome-less) or app/lti/ (the LTI tool, shown in an
 * LMS's frame; its layout has the main landmark); a page anywhere else would render without the header, footer or main
 * landmark. This names the page to move.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const APP = path.join(process.cwd(), 'app');
// perf-floor/ is the measurement-only floor page (lib/budgets.ts): it renders the site's header and footer itself,
// without their client code, which app/(site)/layout.tsx would add.
const FRAMED = new Set(['(site)', 'embed', 'perf-floor', 'lti']);

test('every page is under app/(site)/, app/embed/ or app/lti/', () => {
  const stray = fs
    .readdirSync(APP, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)page\.(tsx|ts|jsx|js|mdx)$/.test(file))
    .filter((file) => !FRAMED.has(file.split(path.sep)[0]));
  expect(stray, 'move these under app/(site)/ so they get the site header and footer').toEqual([]);
});
