import { securityHeaders } from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time: keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  async headers() {
    return securityHeaders();
  },
};

export default nextConfig;
