import { describe, expect, it } from 'vitest';
import { embedMessage, hostMessage, isTrustedSender, parseEmbedMessage, parseHostMessage, targetOriginFor } from './protocol';
import { buildStatement } from './xapi';

const envelope = { source: 'containers-on-aws', version: 1 };

describe('host messages the embed accepts', () => {
  it('accepts a well-formed set-theme and request-resize', () => {
    expect(parseHostMessage({ ...envelope, type: 'set-theme', payload: { theme: 'dark' } })).toEqual(hostMessage('set-theme', { theme: 'dark' }));
    expect(parseHostMessage({ ...envelope, type: 'request-resize', payload: {} })).toEqual(hostMessage('request-resize'));
  });

  it('ignores garbage, other versions, other sources and unknown types', () => {
    for (const data of [
      null,
      'set-theme',
      42,
      [],
      { ...envelope, type: 'set-theme', payload: { theme: 'neon' } },
      { ...envelope, type: 'set-theme' },
      { ...envelope, version: 2, type: 'set-theme', payload: { theme: 'dark' } },
      { source: 'someone-else', version: 1, type: 'set-theme', payload: { theme: 'dark' } },
      { ...envelope, type: 'result', payload: {} },
      { ...envelope, type: '__proto__', payload: {} },
    ]) {
      expect(parseHostMessage(data)).toBeNull();
    }
  });

  it('trusts only the parent window, and only its origin when narrowed', () => {
    expect(isTrustedSender({ origin: 'https://a.example', fromParent: true }, undefined)).toBe(true);
    expect(isTrustedSender({ origin: 'https://a.example', fromParent: false }, undefined)).toBe(false);
    expect(isTrustedSender({ origin: 'https://b.example', fromParent: true }, 'https://a.example')).toBe(false);
    expect(targetOriginFor(undefined)).toBe('*');
    expect(targetOriginFor('https://a.example')).toBe('https://a.example');
  });
});

describe('embed messages a host accepts', () => {
  const statement = buildStatement({
    attemptId: '0b8c5a4e-3c1f-4d2a-9e6b-1f2a3b4c5d6e',
    objectId: 'https://course.example/embed/widgets/responsibility-quiz',
    name: 'Quiz',
    kind: 'widget',
    score: 5,
    max: 6,
    passed: true,
    graded: true,
    completedAt: '2026-12-01T10:00:00.000Z',
    durationMs: 1500,
  });
  const result = {
    widget: 'responsibility-quiz',
    lesson: 'shared-responsibility',
    attemptId: statement.id,
    score: 5,
    max: 6,
    passed: true,
    completedAt: '2026-12-01T10:00:00.000Z',
    durationMs: 1500,
    statement,
  };

  it('round-trips ready, resize and result', () => {
    for (const message of [
      embedMessage('ready', { path: '/embed/lessons/launch-types', title: 'Launch types', height: 900 }),
      embedMessage('resize', { height: 1234 }),
      embedMessage('result', result),
    ]) {
      expect(parseEmbedMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
    }
  });

  it('refuses impossible heights and scores', () => {
    expect(parseEmbedMessage({ ...envelope, type: 'resize', payload: { height: -1 } })).toBeNull();
    expect(parseEmbedMessage({ ...envelope, type: 'resize', payload: { height: 1.5 } })).toBeNull();
    expect(parseEmbedMessage({ ...envelope, type: 'resize', payload: { height: 1e9 } })).toBeNull();
    expect(parseEmbedMessage({ ...envelope, type: 'result', payload: { ...result, score: 7 } })).toBeNull();
    expect(parseEmbedMessage({ ...envelope, type: 'result', payload: { ...result, statement: undefined } })).toBeNull();
  });
});
