import { describe, expect, it } from 'vitest';
import { STATIC_HOST_META_TAG, isStaticHost } from './static-host';

function docWith(html: string): Pick<Document, 'querySelector'> {
  return { querySelector: (selector: string) => (html.includes(STATIC_HOST_META_TAG) && selector.includes('coa-static-host') ? ({} as Element) : null) };
}

describe('isStaticHost', () => {
  it('is true only where the export wrote its meta tag', () => {
    expect(isStaticHost(docWith(`<head>${STATIC_HOST_META_TAG}</head>`))).toBe(true);
    expect(isStaticHost(docWith('<head><meta name="viewport" content="width=device-width"></head>'))).toBe(false);
  });
});
