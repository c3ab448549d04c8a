/**
 * Health check for the container (Dockerfile HEALTHCHECK, ECS task health check, load balancer target group).
 * Static: answering proves the server is up and serving the build, and costs nothing per request.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ status: 'ok' });
}
