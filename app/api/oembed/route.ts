/**
 * GET /api/oembed?url=<a lesson or widget URL of this site>&format=json: the oEmbed `rich` answer (lib/embed/oembed.ts).
 * Rendered per request (it reads the query); the static export leaves it out and serves /oembed/... files instead.
 */
import { oembedAnswer } from '@/lib/embed/oembed';
import { oembedContext } from '@/lib/embed/context';

/** The origin the reader used (the Host header; behind a load balancer, its X-Forwarded-Proto), not Next's own idea of it. */
function requestOrigin(request: Request, url: URL): string {
  const host = request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0].trim() || url.protocol.replace(':', '');
  if (!host || !/^[a-z0-9.-]+(:\d+)?$/i.test(host) || (proto !== 'http' && proto !== 'https')) return url.origin;
  return `${proto}://${host}`;
}

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const answer = oembedAnswer(url.searchParams, oembedContext(requestOrigin(request, url)));
  return Response.json(answer.body, {
    status: answer.status,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': answer.status === 200 ? `public, max-age=${answer.body && 'cache_age' in answer.body ? answer.body.cache_age : 0}` : 'no-store',
    },
  });
}
