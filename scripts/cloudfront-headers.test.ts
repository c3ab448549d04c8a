import { expect, test } from 'vitest';
import { headersFor } from '../lib/security-headers.mjs';
import { cloudFrontPolicies, staticHeadersFor, toResponseHeadersPolicy } from './cloudfront-headers';

test('every header the server sends has a place in the CloudFront policy', () => {
  const headers = headersFor('/');
  const policy = cloudFrontPolicies().default;
  const security = policy.SecurityHeadersConfig as Record<string, Record<string, unknown>>;
  expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toBe(headers.find((header) => header.key === 'Content-Security-Policy')?.value);
  expect(security.FrameOptions.FrameOption).toBe('SAMEORIGIN');
  expect(security.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
  expect(security.ContentTypeOptions).toEqual({ Override: true });
  expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 31536000, IncludeSubdomains: false, Preload: false });
  expect(policy.CustomHeadersConfig.Items.map((item) => item.Header).sort()).toEqual(['Cross-Origin-Opener-Policy', 'Permissions-Policy']);
  const typed = ['Content-Security-Policy', 'X-Frame-Options', 'Referrer-Policy', 'X-Content-Type-Options', 'Strict-Transport-Security'];
  expect(Object.keys(security).length + policy.CustomHeadersConfig.Quantity).toBe(headers.length);
  expect(headers.filter((header) => !typed.includes(header.key)).length).toBe(policy.CustomHeadersConfig.Quantity);
});

test('embed paths get their own policy, without X-Frame-Options', () => {
  const embed = cloudFrontPolicies()['/embed/*'];
  expect(embed.SecurityHeadersConfig).not.toHaveProperty('FrameOptions');
  expect((embed.SecurityHeadersConfig.ContentSecurityPolicy as { ContentSecurityPolicy: string }).ContentSecurityPolicy).toContain('frame-ancestors *');
  const loader = cloudFrontPolicies()['/embed.js'];
  expect(loader.SecurityHeadersConfig).not.toHaveProperty('FrameOptions');
  expect((loader.SecurityHeadersConfig.ContentSecurityPolicy as { ContentSecurityPolicy: string }).ContentSecurityPolicy).toContain('frame-ancestors *');
});

test('a header CloudFront cannot express is refused rather than dropped', () => {
  expect(() => toResponseHeadersPolicy('x', 'x', [{ key: 'X-Content-Type-Options', value: 'other' }])).toThrow(/only send nosniff/);
});

test('the service worker folder gets Service-Worker-Allowed: / on top of the site headers, and no other path does', () => {
  const worker = cloudFrontPolicies()['/serwist/*'];
  expect(worker.CustomHeadersConfig.Items).toContainEqual({ Header: 'Service-Worker-Allowed', Value: '/', Override: true });
  expect(worker.SecurityHeadersConfig).toEqual(cloudFrontPolicies().default.SecurityHeadersConfig);
  expect(staticHeadersFor('/serwist/sw.js')).toContainEqual({ key: 'Service-Worker-Allowed', value: '/' });
  for (const path of ['/', '/lessons/launch-types', '/serwist-notes', '/embed/lessons/launch-types']) {
    expect(staticHeadersFor(path).map((header) => header.key)).not.toContain('Service-Worker-Allowed');
  }
  expect(cloudFrontPolicies().default.CustomHeadersConfig.Items.map((item) => item.Header)).not.toContain('Service-Worker-Allowed');
});
