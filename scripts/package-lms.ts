/**
 * `npm run package:lms`: writes the SCORM 1.2 package of every lesson and widget to a folder (default
 * `lms-packages/`, or the first argument), for a course team that uploads them in bulk. SITE_URL is required: every
 * package embeds the live site from that address, so a wrong one would fail for every learner.
 *
 *   SITE_URL=https://course.example.com npm run package:lms [-- <folder>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildAllPackages } from '../lib/lms/build';
import { checkSiteUrl } from '../lib/lms/site-url';

async function main(): Promise<number> {
  const site = checkSiteUrl(process.env.SITE_URL);
  if (!site.ok) {
    console.error(`package:lms: ${site.error}`);
    return 1;
  }
  const folder = path.resolve(process.argv[2] ?? 'lms-packages');
  const packages = await buildAllPackages(site.origin);
  fs.mkdirSync(folder, { recursive: true });
  for (const pkg of packages) {
    fs.writeFileSync(path.join(folder, pkg.fileName), pkg.zip);
    console.log(`  ${pkg.fileName.padEnd(56)} ${(pkg.zip.byteLength / 1000).toFixed(1).padStart(5)} KB  ${pkg.input.config.title}`);
  }
  console.log(`package:lms: ${packages.length} SCORM 1.2 packages for ${site.origin} in ${path.relative(process.cwd(), folder) || '.'}/`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`package:lms: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
