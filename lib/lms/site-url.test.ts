import { expect, it } from 'vitest';
import { checkSiteUrl } from './site-url';

it('checkSiteUrl: accepts an https origin, with or without a trailing slash, and http on loopback', () => {
  expect(checkSiteUrl('https://course.example.com')).toEqual({ ok: true, origin: 'https://course.example.com' });
  expect(checkSiteUrl(' https://course.example.com/ ')).toEqual({ ok: true, origin: 'https://course.example.com' });
  expect(checkSiteUrl('http://127.0.0.1:3216')).toEqual({ ok: true, origin: 'http://127.0.0.1:3216' });
  expect(checkSiteUrl('http://localhost:3000')).toEqual({ ok: true, origin: 'http://localhost:3000' });
});

it('checkSiteUrl: refuses, with a reason, anything a package could not embed from', () => {
  const cases: [string | undefined, RegExp][] = [
    [undefined, /not set/],
    ['', /not set/],
    ['course.example.com', /not a URL/],
    ['http://course.example.com', /must use https/],
    ['ftp://course.example.com', /must use https/],
    ['https://user:secret@course.example.com', /user name or password/],
    ['https://course.example.com/lessons', /origin only/],
    ['https://course.example.com/?a=1', /origin only/],
    ['https://course.example.com/#top', /origin only/],
  ];
  for (const [value, reason] of cases) {
    const check = checkSiteUrl(value);
    expect(check.ok, String(value)).toBe(false);
    if (!check.ok) expect(check.error).toMatch(reason);
  }
});
