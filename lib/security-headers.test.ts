import { expect, it } from 'vitest';
import { embedFrameAncestors, framingFor } from './security-headers.mjs';

it('embed framing: lets any site frame the embeds and the loader, nothing else', () => {
  expect(framingFor('/embed/lessons/launch-types')).toMatchObject({ frameAncestors: '*', xFrameOptions: null });
  expect(framingFor('/embed.js')).toMatchObject({ frameAncestors: '*', xFrameOptions: null });
  expect(framingFor('/embedded')).toMatchObject({ frameAncestors: "'self'", xFrameOptions: 'SAMEORIGIN' });
  expect(framingFor('/lessons/launch-types')).toMatchObject({ frameAncestors: "'self'", xFrameOptions: 'SAMEORIGIN' });
  // The LTI tool opens inside an LMS's iframe and posts its deep-linking response to the LMS.
  expect(framingFor('/lti/launch')).toMatchObject({ frameAncestors: '*', xFrameOptions: null, formAction: '*' });
});

it('embed framing: EMBED_FRAME_ANCESTORS narrows it to a list of origins, and a bad value fails loudly', () => {
  expect(embedFrameAncestors('')).toBe('*');
  expect(embedFrameAncestors(' https://lms.example.edu  https://*.school.example ')).toBe('https://lms.example.edu https://*.school.example');
  expect(embedFrameAncestors("'self' http://127.0.0.1:8080")).toBe("'self' http://127.0.0.1:8080");
  expect(() => embedFrameAncestors("https://a.example; script-src 'unsafe-eval'")).toThrow(/EMBED_FRAME_ANCESTORS/);
  expect(() => embedFrameAncestors('https://a.example,https://b.example')).toThrow(/expected space-separated origins/);
});
