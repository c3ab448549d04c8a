import { describe, expect, it } from 'vitest';
import { LtiError } from '../errors';
import { DEFAULT_STUCK_RULES } from './aggregate';
import { lrsEndpointProblem, parseSettingsInput, publicSettings, statementsUrl, stuckRulesOf } from './settings';

const stuck = { minAttempts: 3, lowPercent: 50, staleDays: 14 };
const lrs = { endpoint: 'https://lrs.example.edu/xapi/', key: 'k', secret: 's' };
const problem = (body: unknown) => {
  try {
    parseSettingsInput(body);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(LtiError);
    return (error as LtiError).message;
  }
};

describe('class settings: stuck thresholds', () => {
  it("a course without settings gets today's defaults; a stored row its own numbers", () => {
    expect(stuckRulesOf(undefined)).toEqual(DEFAULT_STUCK_RULES);
    expect(DEFAULT_STUCK_RULES).toEqual({ minAttempts: 2, lowPercent: 60, staleDays: 7 });
    expect(stuckRulesOf({ stuck_min_attempts: 3, stuck_low_percent: 50, stuck_stale_days: 14 })).toEqual(stuck);
    expect(stuckRulesOf({ stuck_min_attempts: null, stuck_low_percent: 40, stuck_stale_days: null })).toEqual({ ...DEFAULT_STUCK_RULES, lowPercent: 40 });
  });

  it('accepts whole numbers in range and names the field of the first that is not', () => {
    expect(parseSettingsInput({ stuck, lrs: null })).toEqual({ stuck, lrs: null });
    expect(parseSettingsInput({ stuck: { minAttempts: 1, lowPercent: 100, staleDays: 365 }, lrs: null }).stuck.staleDays).toBe(365);
    expect(problem({ stuck: { ...stuck, minAttempts: 0 }, lrs: null })).toBe('Attempts: a whole number from 1 to 20.');
    expect(problem({ stuck: { ...stuck, minAttempts: 21 }, lrs: null })).toBe('Attempts: a whole number from 1 to 20.');
    expect(problem({ stuck: { ...stuck, lowPercent: 60.5 }, lrs: null })).toBe('Best score below (%): a whole number from 1 to 100.');
    expect(problem({ stuck: { ...stuck, lowPercent: 101 }, lrs: null })).toBe('Best score below (%): a whole number from 1 to 100.');
    expect(problem({ stuck: { ...stuck, staleDays: '7' }, lrs: null })).toBe('Days since first opened: a whole number from 1 to 365.');
    expect(problem({ stuck: { ...stuck, staleDays: 0 }, lrs: null })).toBe('Days since first opened: a whole number from 1 to 365.');
    expect(problem(null)).toBe('The settings were not in the expected form.');
    expect(problem({ stuck })).toBe('The settings were not in the expected form.');
  });
});

describe('class settings: the LRS', () => {
  it('takes an https endpoint with a key; a blank secret means "keep the stored one"', () => {
    expect(parseSettingsInput({ stuck, lrs }).lrs).toEqual(lrs);
    expect(parseSettingsInput({ stuck, lrs: { ...lrs, endpoint: '  https://lrs.example.edu/xapi ', secret: '' } }).lrs).toEqual({
      endpoint: 'https://lrs.example.edu/xapi',
      key: 'k',
      secret: '',
    });
  });

  it('refuses what would leak or go astray, saying which field', () => {
    expect(problem({ stuck, lrs: { ...lrs, endpoint: 'lrs.example.edu' } })).toMatch(/^Endpoint: a full URL/);
    expect(problem({ stuck, lrs: { ...lrs, key: ' ' } })).toMatch(/^Key:/);
    expect(problem({ stuck, lrs: { ...lrs, secret: 'x'.repeat(501) } })).toMatch(/^Secret:/);
    expect(lrsEndpointProblem('http://lrs.example.edu/xapi/', false)).toMatch(/https/);
    expect(lrsEndpointProblem('http://127.0.0.1:9000/xapi/', true)).toBeNull();
    expect(lrsEndpointProblem('https://user:pass@lrs.example.edu/xapi/', false)).toMatch(/key and secret in their own fields/);
    expect(lrsEndpointProblem('https://lrs.example.edu/xapi/?a=1', false)).toMatch(/no query string/);
    expect(lrsEndpointProblem('ftp://lrs.example.edu/', true)).toMatch(/https/);
  });

  it('the statements resource is under the endpoint, with or without its trailing slash', () => {
    expect(statementsUrl('https://lrs.example.edu/xapi/')).toBe('https://lrs.example.edu/xapi/statements');
    expect(statementsUrl('https://lrs.example.edu/data/xAPI')).toBe('https://lrs.example.edu/data/xAPI/statements');
  });

  it('the browser is told whether a secret is stored, never the secret', () => {
    const sealed = { sealed: 'A256GCM' as const, iv: 'aXY=', tag: 'dGFn', data: 'ZGF0YQ==' };
    const row = {
      platform_id: 1,
      deployment_pk: 1,
      context_id: 'c',
      stuck_min_attempts: null,
      stuck_low_percent: null,
      stuck_stale_days: null,
      lrs_endpoint: lrs.endpoint,
      lrs_key: 'k',
      lrs_secret: sealed,
      updated_at: new Date(),
    };
    expect(publicSettings(row)).toEqual({ stuck: DEFAULT_STUCK_RULES, lrs: { endpoint: lrs.endpoint, key: 'k', secretSet: true } });
    expect(JSON.stringify(publicSettings(row))).not.toContain('ZGF0YQ');
    expect(publicSettings(undefined)).toEqual({ stuck: DEFAULT_STUCK_RULES, lrs: null });
  });
});
