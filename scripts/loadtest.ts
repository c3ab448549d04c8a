/**
 * `npm run loadtest`: autocannon against `next start` on 127.0.0.1 (never another address) for one lesson page,
 * bounded in time (LOADTEST_SECONDS, default 15, at most 20). Reports requests per second and p99 latency, writes
 * reports/loadtest-latest.json, and fails on any error, timeout or non-2xx answer.
 * Needs a build (`npm run build`); LOADTEST_PORT defaults to 3117, LOADTEST_CONNECTIONS to 10.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { getLessons } from '../lib/content/lessons';
import { startNext } from './perf/server';

const MAX_SECONDS = 20;
const seconds = Math.min(Number(process.env.LOADTEST_SECONDS ?? 15), MAX_SECONDS);
const port = Number(process.env.LOADTEST_PORT ?? 3117);
const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 10);

async function main(): Promise<number> {
  const lesson = getLessons().find((item) => item.widgets.length === 0) ?? getLessons()[0];
  const server = await startNext(port);
  try {
    const url = `${server.origin}/lessons/${lesson.slug}`;
    if (new URL(url).hostname !== '127.0.0.1') throw new Error(`refusing to load-test ${url}: loopback only`);
    // Warm the route once so the first measured requests do not pay for loading the page module.
    await fetch(url);
    console.log(`loadtest: ${connections} connections for ${seconds} s against ${url} ...`);
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      headers: { 'accept-encoding': 'gzip' },
      timeout: 10,
    });
    const summary = {
      date: new Date().toISOString(),
      url,
      connections,
      seconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      throughputBytesPerSecond: result.throughput.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    fs.mkdirSync(path.join(process.cwd(), 'reports'), { recursive: true });
    fs.writeFileSync(path.join(process.cwd(), 'reports', 'loadtest-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(
      [
        `| Page | Requests/s | p50 | p99 | Requests | Errors | Timeouts | Non-2xx |`,
        `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
        `| /lessons/${lesson.slug} | ${Math.round(summary.requestsPerSecond)} | ${summary.latencyMs.p50} ms | ${summary.latencyMs.p99} ms | ${summary.requests} | ${summary.errors} | ${summary.timeouts} | ${summary.non2xx} |`,
      ].join('\n'),
    );
    const failed = summary.errors + summary.timeouts + summary.non2xx;
    if (failed > 0 || summary.requests === 0) {
      console.error(`loadtest: FAILED: ${summary.errors} errors, ${summary.timeouts} timeouts, ${summary.non2xx} non-2xx answers`);
      return 1;
    }
    console.log('loadtest: no errors, every answer 2xx (reports/loadtest-latest.json)');
    return 0;
  } finally {
    await server.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
