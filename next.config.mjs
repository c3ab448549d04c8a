import { securityHeaders } from './lib/security-headers.mjs';

// NEXT_OUTPUT picks the deployment shape (README "Deploying"):
//   unset        `next start` (tests, bench, load test)
//   standalone   the Docker image: .next/standalone/server.js with only the files the server needs
//   export       `npm run export`: plain static files in out/ for S3 + CloudFront; headers() is not supported
//                there, so the same headers are set by a CloudFront response headers policy.
const target = process.env.NEXT_OUTPUT;
if (target && target !== 'standalone' && target !== 'export') {
  throw new Error(`NEXT_OUTPUT="${target}": expected "standalone", "export" or unset`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time: keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  ...(target === 'export'
    ? // With output: 'export', distDir is where the static site is written; .next (served by `next start`) is left alone.
      { output: 'export', distDir: 'out' }
    : {
        ...(target === 'standalone' ? { output: 'standalone' } : {}),
        async headers() {
          return securityHeaders();
        },
      }),
};

export default nextConfig;
