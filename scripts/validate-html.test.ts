import { expect, test } from 'vitest';
import { formatErrors, javaCommand } from './validate-html';

test('only errors are reported, one line each with file, position and extract', () => {
  const lines = formatErrors(
    [
      {
        type: 'error',
        url: 'file:/repo/.next/server/app/index.html',
        lastLine: 1,
        firstColumn: 91,
        message: 'Duplicate ID “a”.',
        extract: '<span id=a>\n</span>',
      },
      { type: 'info', subType: 'warning', url: 'file:/repo/.next/server/app/index.html', message: 'Consider adding a “lang” attribute.' },
      { type: 'info', url: 'file:/repo/.next/server/app/index.html', message: 'Trailing slash on void elements has no effect.' },
      { type: 'non-document-error', url: 'file:/repo/.next/server/app/gone.html', message: 'File not found.' },
    ],
    '/repo',
  );
  expect(lines).toEqual(['.next/server/app/index.html:1:91: Duplicate ID “a”.  [<span id=a> </span>]', '.next/server/app/gone.html: File not found.']);
});

test('JAVA_HOME wins over the java on PATH', () => {
  expect(javaCommand({ JAVA_HOME: '/opt/jdk' })).toBe('/opt/jdk/bin/java');
  expect(javaCommand({})).toBe('java');
});
