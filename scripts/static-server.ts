/**
 * A tiny static file server for the exported site (out/), behaving like S3 + CloudFront as README "Deploying" sets
 * them up: paths go through the CloudFront URL-rewrite function (/path serves path.html, /dir/ serves
 * dir/index.html), unknown paths get 404.html with status 404 (the distribution's custom error response), and every
 * response carries the headers the CloudFront response headers policies add (scripts/cloudfront-headers.ts).
 * Used by e2e/static-export.spec.ts; to look at an export by hand: `npx tsx scripts/static-server.ts out 3116`.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { staticHeadersFor } from './cloudfront-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

type CloudFrontRequest = { uri: string };
const REWRITE_SOURCE = fs.readFileSync(path.join(process.cwd(), 'docs', 'cloudfront-url-rewrite.js'), 'utf8');
// The CloudFront Function is plain JavaScript with a global `handler`; it is evaluated here exactly as written.
const rewrite = new Function(`${REWRITE_SOURCE}; return handler;`)() as (event: { request: CloudFrontRequest }) => CloudFrontRequest;

/** The URI the CloudFront URL-rewrite function (docs/cloudfront-url-rewrite.js) turns a request path into. */
export function rewriteUri(uri: string): string {
  return rewrite({ request: { uri } }).uri;
}

/** The file a request path resolves to inside `dir` after the rewrite, or undefined; never a path outside `dir`. */
export function resolveStaticFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rewriteUri(urlPath.split('?')[0]));
  } catch {
    return undefined;
  }
  const base = path.resolve(dir);
  const target = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  if (target !== base && !target.startsWith(`${base}${path.sep}`)) return undefined;
  return fs.existsSync(target) && fs.statSync(target).isFile() ? target : undefined;
}

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

export function createStaticServer(dir: string): http.Server {
  return http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveStaticFile(dir, urlPath);
    const notFound = path.join(dir, '404.html');
    const served = file ?? notFound;
    const headers: Record<string, string> = Object.fromEntries(staticHeadersFor(urlPath).map(({ key, value }) => [key, value]));
    if (!fs.existsSync(served)) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, { ...headers, 'Content-Type': contentType(served) });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(served).pipe(response);
  });
}

/** Starts a server on 127.0.0.1 (port 0 picks a free one) and resolves with its origin. */
export function listen(server: http.Server, port = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'out', port = '3116'] = process.argv.slice(2);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: run \`npm run export\` first`);
    process.exit(1);
  }
  listen(createStaticServer(dir), Number(port)).then((origin) => console.log(`serving ${dir}/ at ${origin} (Ctrl+C to stop)`));
}
