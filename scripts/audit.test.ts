import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BROWSER_PACKAGES, SERVER_PACKAGES, dependencyClosure, evaluateAudit } from './audit';

// The shape of `npm audit --json` (report version 2), trimmed to what the check reads.
function report(vulnerabilities: Record<string, unknown>, counts: Record<string, number> = {}) {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } },
  });
}

const highAdvisory = {
  source: 1101,
  name: 'next',
  dependency: 'next',
  title: 'Cache poisoning in the image optimizer',
  url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
  severity: 'high',
  range: '>=16.0.0 <16.4.7',
};

describe('evaluateAudit', () => {
  test('a clean report passes and keeps the counts', () => {
    expect(evaluateAudit(report({}, { low: 1, total: 1 }))).toEqual({ status: 'ok', counts: expect.objectContaining({ low: 1 }), accepted: [] });
  });

  test('moderate advisories outside the browser do not block', () => {
    const outcome = evaluateAudit(
      report({ zod: { name: 'zod', severity: 'moderate', via: [{ ...highAdvisory, severity: 'moderate', name: 'zod' }] } }),
      [],
      new Set(['mermaid']),
    );
    expect(outcome.status).toBe('ok');
  });

  test('a moderate advisory in a package that reaches the browser fails, also when it comes in through another package', () => {
    const xss = {
      ...highAdvisory,
      name: 'mermaid',
      title: 'XSS in sequence diagram labels',
      url: 'https://github.com/advisories/GHSA-7rqq-prvp-x9jh',
      severity: 'moderate',
      range: '<11.10.0',
    };
    const outcome = evaluateAudit(report({ mermaid: { name: 'mermaid', severity: 'moderate', via: [xss] } }), [], new Set(['mermaid']));
    expect(outcome).toEqual({
      status: 'failed',
      problems: ['moderate (reaches the browser): mermaid <11.10.0: XSS in sequence diagram labels (https://github.com/advisories/GHSA-7rqq-prvp-x9jh)'],
    });
    const purify = { ...xss, name: 'dompurify', title: 'Bypass', url: 'https://github.com/advisories/GHSA-dddd' };
    const nested = report({
      mermaid: { name: 'mermaid', severity: 'moderate', via: ['dompurify'] },
      dompurify: { name: 'dompurify', severity: 'moderate', via: [purify] },
    });
    expect(evaluateAudit(nested, [], new Set(['mermaid', 'dompurify']))).toMatchObject({ status: 'failed', problems: [expect.stringContaining('dompurify')] });
  });

  test('a high advisory fails, named once even when several packages lead to it', () => {
    const outcome = evaluateAudit(
      report({
        next: { name: 'next', severity: 'high', via: [highAdvisory] },
        'eslint-config-next': { name: 'eslint-config-next', severity: 'high', via: ['next'] },
      }),
    );
    expect(outcome).toEqual({
      status: 'failed',
      problems: ['high: next >=16.0.0 <16.4.7: Cache poisoning in the image optimizer (https://github.com/advisories/GHSA-aaaa-bbbb-cccc)'],
    });
  });

  test('a listed exception is accepted and reported', () => {
    const outcome = evaluateAudit(report({ next: { name: 'next', severity: 'critical', via: [{ ...highAdvisory, severity: 'critical' }] } }), [
      { advisory: highAdvisory.url, package: 'next', reason: 'the image optimizer is not used (no next/image)' },
    ]);
    expect(outcome).toEqual({ status: 'ok', counts: expect.any(Object), accepted: [highAdvisory.url] });
  });

  test('an unreachable advisory service is reported as unavailable, not as clean', () => {
    const error = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '' },
    });
    expect(evaluateAudit(error)).toEqual({ status: 'unavailable', reason: expect.stringContaining('405 Method Not Allowed') });
    expect(evaluateAudit('')).toMatchObject({ status: 'unavailable' });
  });
});

describe('dependencyClosure', () => {
  test('follows dependencies the way Node resolves them: a nested copy first, then the hoisted one', () => {
    const lock = {
      packages: {
        '': { dependencies: { app: '1' } },
        'node_modules/app': { dependencies: { a: '1', b: '1' } },
        'node_modules/a': { dependencies: { c: '2' } },
        'node_modules/a/node_modules/c': {},
        'node_modules/b': { dependencies: { c: '1' } },
        'node_modules/c': { dependencies: { d: '1' } },
        'node_modules/d': {},
        'node_modules/unused': {},
      },
    };
    expect([...dependencyClosure(lock, ['app'])].sort()).toEqual(['a', 'app', 'b', 'c', 'd']);
    expect([...dependencyClosure(lock, ['a'])].sort()).toEqual(['a', 'c']);
  });

  test("the browser's packages include what mermaid pulls in, not the build tools", () => {
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
    const browser = dependencyClosure(lock, BROWSER_PACKAGES);
    expect(browser.has('dompurify')).toBe(true);
    expect(browser.has('esbuild')).toBe(false);
  });
});

test('every production dependency is sorted into browser or server packages', () => {
  const { dependencies } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  expect([...BROWSER_PACKAGES, ...SERVER_PACKAGES].sort()).toEqual(Object.keys(dependencies).sort());
});
