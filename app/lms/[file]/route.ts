/**
 * The SCORM 1.2 packages, one per lesson and widget, at stable URLs (`/lms/lesson-<slug>-scorm12.zip`,
 * `/lms/widget-<name>[-<argument>]-scorm12.zip`), and the launcher script the embed dialog builds custom packages
 * with (`/lms/launcher.js`). Built once at build time for SITE_URL (prerendered, so the static export has them).
 */
import { buildAllPackages, type BuiltPackage } from '@/lib/scorm/build';
import { launcherScript } from '@/lib/scorm/bundle';
import { siteUrl } from '@/lib/course';
import { checkSiteUrl } from '@/lib/scorm/site-url';
import { LAUNCHER_SCRIPT_PATH } from '@/lib/scorm/catalogue';

export const dynamic = 'force-static';
export const dynamicParams = false;

const LAUNCHER_FILE = LAUNCHER_SCRIPT_PATH.split('/').pop() as string;

let built: Promise<BuiltPackage[]> | null = null;

function packages(): Promise<BuiltPackage[]> {
  const site = checkSiteUrl(siteUrl());
  if (!site.ok) throw new Error(`LMS packages: ${site.error}`);
  built ??= buildAllPackages(site.origin);
  return built;
}

export async function generateStaticParams() {
  return [{ file: LAUNCHER_FILE }, ...(await packages()).map((pkg) => ({ file: pkg.fileName }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === LAUNCHER_FILE) {
    return new Response(await launcherScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  }
  const pkg = (await packages()).find((candidate) => candidate.fileName === file);
  if (!pkg) return new Response('Not found', { status: 404 });
  return new Response(pkg.zip.slice().buffer as ArrayBuffer, {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${pkg.fileName}"` },
  });
}
