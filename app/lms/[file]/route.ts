/**
 * The LMS packages, one per lesson and widget in each format of lib/lms/formats.ts, at stable URLs
 * (`/lms/lesson-<slug>-scorm12.zip`, `/lms/widget-<name>[-<argument>]-scorm12.zip`), and each format's launcher
 * script the embed dialog builds custom packages with (`/lms/launcher.js`). Built once at build time for SITE_URL
 * (prerendered, so the static export has them).
 */
import { buildAllPackages, type BuiltPackage } from '@/lib/lms/build';
import { launcherScript } from '@/lib/lms/bundle';
import { siteUrl } from '@/lib/course';
import { checkSiteUrl } from '@/lib/lms/site-url';
import { LMS_FORMATS } from '@/lib/lms/formats';

export const dynamic = 'force-static';
export const dynamicParams = false;

let built: Promise<BuiltPackage[]> | null = null;

function packages(): Promise<BuiltPackage[]> {
  const site = checkSiteUrl(siteUrl());
  if (!site.ok) throw new Error(`LMS packages: ${site.error}`);
  built ??= buildAllPackages(site.origin);
  return built;
}

export async function generateStaticParams() {
  return [...LMS_FORMATS.map((format) => ({ file: format.launcherFile })), ...(await packages()).map((pkg) => ({ file: pkg.fileName }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const format = LMS_FORMATS.find((candidate) => candidate.launcherFile === file);
  if (format) {
    return new Response(await launcherScript(format), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  }
  const pkg = (await packages()).find((candidate) => candidate.fileName === file);
  if (!pkg) return new Response('Not found', { status: 404 });
  return new Response(pkg.zip.slice().buffer as ArrayBuffer, {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${pkg.fileName}"` },
  });
}
