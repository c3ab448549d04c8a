import { expect, it } from 'vitest';
import { EMPTY_STATE, SUSPEND_DATA_LIMIT, betterAttempt, decodeSuspendData, encodeSuspendData, type LauncherState } from './suspend-data';

const state: LauncherState = { attempts: 2, best: { score: 7, max: 8, passed: true }, counted: ['a1', 'a2'] };

it('suspend data: round-trips what the launcher keeps', () => {
  const text = encodeSuspendData(state);
  expect(text).toBe('{"v":1,"n":2,"b":[7,8,1],"c":["a1","a2"]}');
  expect(decodeSuspendData(text)).toEqual({ state, damaged: false });
});

it('suspend data: treats an empty value as a first launch', () => {
  expect(decodeSuspendData('')).toEqual({ state: EMPTY_STATE, damaged: false });
});

it('suspend data: stays within the 4,096 characters of SCORM 1.2, dropping the oldest attempt ids first', () => {
  const counted = Array.from({ length: 500 }, (_, i) => `attempt-${String(i).padStart(4, '0')}-${'x'.repeat(20)}`);
  const text = encodeSuspendData({ attempts: 500, best: { score: 8, max: 8, passed: true }, counted });
  expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(text.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 200);
  const back = decodeSuspendData(text).state;
  expect(back.attempts).toBe(500);
  expect(back.best).toEqual({ score: 8, max: 8, passed: true });
  expect(back.counted.at(-1)).toBe(counted.at(-1));
  expect(back.counted).not.toContain(counted[0]);
});

it('suspend data: never exceeds the limit, even when a single id is too long to keep', () => {
  const text = encodeSuspendData({ attempts: 1, best: null, counted: ['y'.repeat(5000)] });
  expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(decodeSuspendData(text).damaged).toBe(false);
});

it('suspend data: reports anything it did not write as damaged and starts afresh', () => {
  for (const text of ['not json', '[]', '{"v":2,"n":1,"b":null,"c":[]}', '{"v":1,"n":-1,"b":null,"c":[]}', '{"v":1,"n":1,"b":[9,8,1],"c":[]}', '{"v":1,"n":1,"b":[1,8,2],"c":[]}', '{"v":1,"n":1,"b":null,"c":[3]}']) {
    expect(decodeSuspendData(text), text).toEqual({ state: EMPTY_STATE, damaged: true });
  }
});

it('suspend data: keeps the better attempt: a pass over a fail, then the higher share', () => {
  const fail = { score: 7, max: 10, passed: false };
  const pass = { score: 8, max: 10, passed: true };
  expect(betterAttempt(null, fail)).toBe(fail);
  expect(betterAttempt(pass, { score: 9, max: 10, passed: false })).toBe(pass);
  expect(betterAttempt(fail, pass)).toBe(pass);
  expect(betterAttempt(pass, { score: 10, max: 10, passed: true })).toEqual({ score: 10, max: 10, passed: true });
  expect(betterAttempt(pass, { score: 8, max: 10, passed: true })).toBe(pass);
});
