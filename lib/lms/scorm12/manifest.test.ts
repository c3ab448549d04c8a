import { expect, it } from 'vitest';
import { XML_ID, clip, scormManifest } from './manifest';
import { find, parseXml } from './xml-test-helpers';

const input = {
  identifier: 'containers-on-aws.widget-responsibility-quiz',
  title: 'Who manages what: <the> "quiz" & more',
  description: 'Drag each layer to who manages it.',
  masteryScore: 80,
  files: ['index.html', 'launcher.js'],
};

it('scormManifest: is a SCORM 1.2 manifest with one organization, one item and one SCO', () => {
  const manifest = parseXml(scormManifest(input));
  expect(manifest.name).toBe('manifest');
  expect(manifest.attributes).toMatchObject({
    identifier: input.identifier,
    xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  });
  expect(find(manifest, 'schema')[0].text).toBe('ADL SCORM');
  expect(find(manifest, 'schemaversion')[0].text).toBe('1.2');
  const [organizations] = find(manifest, 'organizations');
  const organization = find(organizations, 'organization');
  expect(organization).toHaveLength(1);
  expect(organizations.attributes.default).toBe(organization[0].attributes.identifier);
  const items = find(manifest, 'item');
  expect(items).toHaveLength(1);
  const resources = find(manifest, 'resource');
  expect(resources).toHaveLength(1);
  expect(items[0].attributes.identifierref).toBe(resources[0].attributes.identifier);
  expect(resources[0].attributes).toMatchObject({ type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html' });
  expect(find(resources[0], 'file').map((file) => file.attributes.href)).toEqual(['index.html', 'launcher.js']);
  expect(find(items[0], 'adlcp:masteryscore')[0].text).toBe('80');
});

it('scormManifest: uses valid, distinct XML identifiers', () => {
  const manifest = parseXml(scormManifest(input));
  const ids = [manifest, ...find(manifest, 'organization'), ...find(manifest, 'item'), ...find(manifest, 'resource')].map(
    (element) => element.attributes.identifier,
  );
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(XML_ID);
});

it('scormManifest: escapes the title and description and carries them as the item title and LOM metadata', () => {
  const xml = scormManifest(input);
  const manifest = parseXml(xml);
  expect(find(find(manifest, 'item')[0], 'title')[0].text).toBe(input.title);
  expect(find(find(manifest, 'imsmd:description')[0], 'imsmd:langstring')[0].text).toBe(input.description);
  expect(xml).not.toContain('<the>');
});

it('scormManifest: has no mastery score for an ungraded package', () => {
  expect(scormManifest({ ...input, masteryScore: undefined })).not.toContain('masteryscore');
});

it('scormManifest: refuses an identifier that is not an XML ID, a bad mastery score, or no files', () => {
  expect(() => scormManifest({ ...input, identifier: '1-lesson' })).toThrow(/not a valid XML ID/);
  expect(() => scormManifest({ ...input, identifier: 'a b' })).toThrow(/not a valid XML ID/);
  expect(() => scormManifest({ ...input, masteryScore: 80.5 })).toThrow(/mastery score/);
  expect(() => scormManifest({ ...input, masteryScore: 101 })).toThrow(/mastery score/);
  expect(() => scormManifest({ ...input, files: [] })).toThrow(/launcher page/);
});

it('scormManifest: clips a long title at a word, within the SCORM 1.2 limit of 200 characters', () => {
  const long = 'word '.repeat(100);
  const title = clip(long, 200);
  expect(title.length).toBeLessThanOrEqual(200);
  expect(title.endsWith('word…')).toBe(true);
  expect(clip('  short   title ', 200)).toBe('short title');
});
