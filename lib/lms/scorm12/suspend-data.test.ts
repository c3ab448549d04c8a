import { expect, it } from 'vitest';
import { EMPTY_STATE, SUSPEND_DATA_LIMIT, decodeSuspendData, encodeSuspendData, type LauncherState } from './suspend-data';

const best = { score: 7, max: 8, percent: 87.5, passed: true };
const state: LauncherState = {
  tally: { submitted: 2, best, last: { score: 2, max: 8, percent: 25, passed: false }, current: { 'check-up': { score: 5, max: 6 } } },
  counted: ['a1', 'a2'],
};

it('suspend data: round-trips what the launcher keeps', () => {
  const text = encodeSuspendData(state);
  expect(text).toBe('{"v":2,"n":2,"b":[7,8,1],"l":[2,8,0],"p":{"check-up":[5,6]},"c":["a1","a2"]}');
  expect(decodeSuspendData(text)).toEqual({ state, damaged: false });
});

it('suspend data: treats an empty value as a first launch', () => {
  expect(decodeSuspendData('')).toEqual({ state: EMPTY_STATE, damaged: false });
});

it('suspend data: reads version 1 (best single result) as a fresh tally, keeping the counted ids', () => {
  expect(decodeSuspendData('{"v":1,"n":2,"b":[8,8,1],"c":["r1"]}')).toEqual({ state: { ...EMPTY_STATE, counted: ['r1'] }, damaged: false });
});

it('suspend data: stays within the 4,096 characters of SCORM 1.2, dropping the oldest result ids first', () => {
  const counted = Array.from({ length: 500 }, (_, i) => `attempt-${String(i).padStart(4, '0')}-${'x'.repeat(20)}`);
  const text = encodeSuspendData({ ...state, counted });
  expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(text.length).toBeGreaterThan(SUSPEND_DATA_LIMIT * 0.75);
  const back = decodeSuspendData(text).state;
  expect(back.tally).toEqual(state.tally);
  expect(back.counted.at(-1)).toBe(counted.at(-1));
  expect(back.counted).not.toContain(counted[0]);
});

it('suspend data: never exceeds the limit, even when a single id is too long to keep', () => {
  const text = encodeSuspendData({ ...EMPTY_STATE, counted: ['y'.repeat(5000)] });
  expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(decodeSuspendData(text).damaged).toBe(false);
});

it('suspend data: reports anything it did not write as damaged and starts afresh', () => {
  for (const text of [
    'not json',
    '[]',
    '{"v":3,"n":1,"b":null,"l":null,"p":{},"c":[]}',
    '{"v":2,"n":-1,"b":null,"l":null,"p":{},"c":[]}',
    '{"v":2,"n":1,"b":[9,8,1],"l":null,"p":{},"c":[]}',
    '{"v":2,"n":1,"b":[1,8,2],"l":null,"p":{},"c":[]}',
    '{"v":2,"n":1,"b":null,"l":null,"p":{"check-up":[7,6]},"c":[]}',
    '{"v":2,"n":1,"b":null,"l":null,"p":{},"c":[3]}',
  ]) {
    expect(decodeSuspendData(text), text).toEqual({ state: EMPTY_STATE, damaged: true });
  }
});
