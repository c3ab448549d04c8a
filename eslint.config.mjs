import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Internal links are plain <a> on purpose: every page is prerendered, and next/link would add about 3 KB of
      // JavaScript to every page plus prefetches of every linked page (lib/budgets.ts, README "Performance").
      '@next/next/no-html-link-for-pages': 'off',
      // No user input is ever rendered as HTML (README "Security headers"): each use needs a disable comment
      // saying why its HTML is trusted.
      'react/no-danger': 'error',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    ignores: [
      '.next/**',
      'out/**',
      'node_modules/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'next-env.d.ts',
      // Built by scripts/build-embed-loader.ts from lib/embed/ (minified): linted as its TypeScript sources.
      'public/embed.js',
    ],
  },
];

export default config;
