/**
 * Reads a production build (.next): the prerendered HTML of a route, the scripts and stylesheets it lists, and the
 * gzip weight of each file. Shared by the budget test (e2e/budgets.spec.ts) and `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUDGETS } from '../../lib/budgets';

export const NOT_FOUND_ROUTE = '/_not-found';

export function buildDir(root = process.cwd()): string {
  return path.join(root, '.next');
}

/** The prerendered HTML file of a route: '/' is index.html, '/a/b' is a/b.html, the 404 page is _not-found.html. */
export function prerenderedHtmlPath(route: string, root = process.cwd()): string {
  const name = route === '/' ? 'index' : route.replace(/^\//, '');
  return path.join(buildDir(root), 'server', 'app', `${name}.html`);
}

/** Whether the build prerendered this route (a route another branch has not added yet has no HTML). */
export function isPrerendered(route: string, root = process.cwd()): boolean {
  return fs.existsSync(prerenderedHtmlPath(route, root));
}

export function readPrerenderedHtml(route: string, root = process.cwd()): string {
  const file = prerenderedHtmlPath(route, root);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(root, file)}: not found: run \`npm run build\` first (or the route ${route} is not prerendered)`);
  }
  return fs.readFileSync(file, 'utf8');
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** External scripts a modern browser runs from this HTML, in document order (noModule ones are for old browsers). */
export function initialScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = attributes(match[1]);
    const src = attrs.get('src');
    if (src && !attrs.has('nomodule')) scripts.push(src);
  }
  return [...new Set(scripts)];
}

/** Stylesheets the HTML links, in document order. */
export function stylesheets(html: string): string[] {
  const sheets: string[] = [];
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(match[1]);
    const href = attrs.get('href');
    if (href && attrs.get('rel')?.split(/\s+/).includes('stylesheet')) sheets.push(href);
  }
  return [...new Set(sheets)];
}

/** The build file behind a /_next/static/... URL (query string ignored). */
export function staticFilePath(url: string, root = process.cwd()): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`${url}: not a /_next/static/ asset`);
  return path.join(buildDir(root), 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
}

export function gzipSize(content: Buffer | string, level: number = BUDGETS.gzipLevel): number {
  return zlib.gzipSync(content, { level }).length;
}

export type FileWeight = { url: string; bytes: number; gzip: number };

export function weighStaticFile(url: string, root = process.cwd()): FileWeight {
  const content = fs.readFileSync(staticFilePath(url, root));
  return { url, bytes: content.length, gzip: gzipSize(content) };
}

export function sumGzip(files: FileWeight[]): number {
  return files.reduce((total, file) => total + file.gzip, 0);
}

export type RouteWeight = {
  route: string;
  html: { bytes: number; gzip: number };
  scripts: FileWeight[];
  css: FileWeight[];
};

/** The weights of a route as its prerendered HTML lists them (deterministic; no browser needed). */
export function weighRoute(route: string, root = process.cwd()): RouteWeight {
  const html = readPrerenderedHtml(route, root);
  return {
    route,
    html: { bytes: Buffer.byteLength(html), gzip: gzipSize(html) },
    scripts: initialScripts(html).map((url) => weighStaticFile(url, root)),
    css: stylesheets(html).map((url) => weighStaticFile(url, root)),
  };
}

/** Every stylesheet the build emitted, wherever Turbopack put it. */
export function allStylesheets(root = process.cwd()): FileWeight[] {
  const staticDir = path.join(buildDir(root), 'static');
  const files = fs.readdirSync(staticDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.css'));
  return files.sort().map((name) => weighStaticFile(`/_next/static/${name.split(path.sep).join('/')}`, root));
}

/** Scripts whose content includes mermaid's own code. */
export function scriptsContaining(files: string[], signature: RegExp, root = process.cwd()): string[] {
  return files.filter((url) => signature.test(fs.readFileSync(staticFilePath(url, root), 'utf8')));
}
