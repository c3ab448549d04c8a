import { describe, expect, test } from 'vitest';
import { evaluateAudit } from './audit';

// The shape of `npm audit --json` (report version 2), trimmed to what the check reads.
function report(vulnerabilities: Record<string, unknown>, counts: Record<string, number> = {}) {
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } } });
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

  test('moderate advisories do not block', () => {
    const outcome = evaluateAudit(report({ zod: { name: 'zod', severity: 'moderate', via: [{ ...highAdvisory, severity: 'moderate', name: 'zod' }] } }));
    expect(outcome.status).toBe('ok');
  });

  test('a high advisory fails, named once even when several packages lead to it', () => {
    const outcome = evaluateAudit(
      report({
        next: { name: 'next', severity: 'high', via: [highAdvisory] },
        'eslint-config-next': { name: 'eslint-config-next', severity: 'high', via: ['next'] },
      }),
    );
    expect(outcome).toEqual({ status: 'failed', problems: ['high: next >=16.0.0 <16.4.7: Cache poisoning in the image optimizer (https://github.com/advisories/GHSA-aaaa-bbbb-cccc)'] });
  });

  test('a listed exception is accepted and reported', () => {
    const outcome = evaluateAudit(report({ next: { name: 'next', severity: 'critical', via: [{ ...highAdvisory, severity: 'critical' }] } }), [
      { advisory: highAdvisory.url, package: 'next', reason: 'the image optimizer is not used (no next/image)' },
    ]);
    expect(outcome).toEqual({ status: 'ok', counts: expect.any(Object), accepted: [highAdvisory.url] });
  });

  test('an unreachable advisory service is reported as unavailable, not as clean', () => {
    const error = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } });
    expect(evaluateAudit(error)).toEqual({ status: 'unavailable', reason: expect.stringContaining('405 Method Not Allowed') });
    expect(evaluateAudit('')).toMatchObject({ status: 'unavailable' });
  });
});
