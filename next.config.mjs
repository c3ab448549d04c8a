import { securityHeaders } from './lib/security-headers.mjs';

// NEXT_OUTPUT picks the deployment shape (README "Deploying"):
//   unset        `next start` (tests, bench, load test); `npm run export` copies this build's prerendered pages
//                into out/ for S3 + CloudFront (scripts/export.ts), where a CloudFront response headers policy sets
//                the same headers as headers() below
//   standalone   the Docker image: .next/standalone/server.js with only the files the server needs
const target = process.env.NEXT_OUTPUT;
if (target && target !== 'standalone') {
  throw new Error(`NEXT_OUTPUT="${target}": expected "standalone" or unset (the static export is \`npm run export\`)`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time: keep both out of the server bundle.
  // PGlite loads its WebAssembly and data files from its own package folder at run time: keep it (and pg) unbundled.
  // Mermaid reads the diagrams' sources at build time (lib/diagrams/parse.ts) with a DOMPurify stand-in: Node loads
  // both from node_modules, so mermaid and the stand-in share one DOMPurify (a bundled copy would be a second one).
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@electric-sql/pglite', 'pg', 'mermaid', 'dompurify'],
  // `npm test` runs `tsc --noEmit` first and then builds with NEXT_SKIP_TYPECHECK=1, so the same files are not
  // type-checked twice (scripts/test-all.mjs). A plain `npm run build` still type-checks.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  ...(target === 'standalone' ? { output: 'standalone' } : {}),
  async headers() {
    return securityHeaders();
  },
};

export default nextConfig;
