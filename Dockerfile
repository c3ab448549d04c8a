# The course site as a Node server: Next's standalone output, built in one stage and run in a small, non-root,
# read-only-root-filesystem-compatible image. README "Deploying" explains the choices; docs/ecs-task-definition.json runs it.
#   docker build -t containers-on-aws-site --build-arg SITE_URL=https://course.example.com .
#   docker run --read-only --tmpfs /tmp --tmpfs /app/.next/cache -p 3000:3000 containers-on-aws-site
# The LTI tool (/lti, docs/lti.md) keeps its data in PostgreSQL: pass DATABASE_URL (on ECS, a Secrets Manager secret,
# docs/ecs-task-definition.json) and LTI_TOOL_URL. Without DATABASE_URL it would use the embedded PGlite in
# /app/.data, which a read-only root filesystem refuses and which one task alone may open: fine on a laptop, not here.

# Node 24 LTS (Node 20 reached its end of life in April 2026). The major is pinned; the minor follows security releases.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
# Canonical URLs, the sitemap and Open Graph tags are written at build time from SITE_URL.
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Idle keep-alive connections stay open longer than the load balancer's idle timeout (ALB default 60 s), so the load
# balancer, not the server, closes them; Node's default (5 s) drops requests that race the close (docs/lti.md, Load).
ENV KEEP_ALIVE_TIMEOUT=65000
# Owned by root and not writable by the app's user: the server only reads its files. The one folder Next may write
# to is a mount point for a tmpfs or an ECS volume, so the root filesystem can be read-only.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
RUN mkdir -p .next/cache && chown 1000:1000 .next/cache
# uid/gid 1000 is the node user of the official image; numeric so "run as non-root" checks can verify it.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
