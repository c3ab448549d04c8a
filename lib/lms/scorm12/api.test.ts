import { expect, it } from 'vitest';
import { findScormApi, type ApiSearchWindow } from './api';

const fakeApi = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of windows: index 0 is the launcher, the last one is the top (its own parent). */
function chain(length: number, apiAt?: number): ApiSearchWindow[] {
  const windows: ApiSearchWindow[] = Array.from({ length }, () => ({}));
  windows.forEach((win, i) => {
    win.parent = windows[i + 1] ?? win;
  });
  if (apiAt !== undefined) windows[apiAt].API = fakeApi();
  return windows;
}

it('findScormApi: finds the API in the window itself or a parent', () => {
  expect(findScormApi(chain(1, 0)[0])).not.toBeNull();
  const windows = chain(4, 2);
  expect(findScormApi(windows[0])).toBe(windows[2].API);
});

it('findScormApi: looks at most seven levels up, as the run-time spec sample does', () => {
  expect(findScormApi(chain(9, 7)[0])).not.toBeNull();
  expect(findScormApi(chain(10, 8)[0])).toBeNull();
});

it('findScormApi: then looks in the opener and its parents', () => {
  const opener = chain(3, 1);
  const launcher = chain(2)[0];
  launcher.opener = opener[0];
  expect(findScormApi(launcher)).toBe(opener[1].API);
});

it('findScormApi: skips windows of another origin and objects that are not an API', () => {
  const windows = chain(3, 2);
  Object.defineProperty(windows[1], 'API', {
    get() {
      throw new DOMException('Blocked a frame', 'SecurityError');
    },
  });
  windows[0].API = { LMSInitialize: () => 'true' };
  expect(findScormApi(windows[0])).toBe(windows[2].API);
});

it('findScormApi: answers null when there is no LMS', () => {
  expect(findScormApi(chain(3)[0])).toBeNull();
});
