/**
 * GET /api/oembed?url=<a lesson or widget URL of this site>&format=json: the oEmbed `rich` answer (lib/embed/oembed.ts).
 * Rendered per request (it reads the query); the static export leaves it out and serves /oembed/... files instead.
 */
import { oembedAnswer } from '@/lib/embed/oembed';
import { oembedContext } from '@/lib/embed/context';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const answer = oembedAnswer(url.searchParams, oembedContext(url.origin));
  return Response.json(answer.body, {
    status: answer.status,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': answer.status === 200 ? `public, max-age=${answer.body && 'cache_age' in answer.body ? answer.body.cache_age : 0}` : 'no-store',
    },
  });
}
