/**
 * `imsmanifest.xml` for a SCORM 1.2 package (the content-aggregation model): one organization with one item, one
 * SCO resource launched at `index.html`. Title and description come from the lesson or widget; a graded package
 * carries `adlcp:masteryscore` (a percentage, like the raw score the launcher reports).
 */
export const SCORM_FILES = { manifest: 'imsmanifest.xml', launcher: 'index.html', script: 'launcher.js' } as const;

/** An XML ID (NCName, ASCII subset): a letter or underscore, then letters, digits, '.', '-' or '_'. */
export const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** SCORM 1.2's smallest permitted maximum for a title (and a practical one for a description). */
export const TITLE_LIMIT = 200;
export const DESCRIPTION_LIMIT = 1000;

export type ManifestInput = {
  /** Stable across builds and downloads of the same thing, so re-uploading replaces rather than duplicates. */
  identifier: string;
  title: string;
  description: string;
  /** 0-100; only for a graded package. */
  masteryScore?: number;
  /** Every file in the package besides the manifest, the launcher page first. */
  files: readonly string[];
};

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Cut to `limit` characters at a word where possible, with an ellipsis. */
export function clip(value: string, limit: number): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function scormManifest(input: ManifestInput): string {
  if (!XML_ID.test(input.identifier)) throw new Error(`SCORM manifest: identifier "${input.identifier}" is not a valid XML ID`);
  if (input.masteryScore !== undefined && !(Number.isInteger(input.masteryScore) && input.masteryScore >= 0 && input.masteryScore <= 100)) {
    throw new Error(`SCORM manifest: mastery score ${input.masteryScore} is not a whole number from 0 to 100`);
  }
  const [launch] = input.files;
  if (!launch) throw new Error('SCORM manifest: a package needs at least its launcher page');
  const id = input.identifier;
  const title = escapeXml(clip(input.title, TITLE_LIMIT));
  const description = escapeXml(clip(input.description, DESCRIPTION_LIMIT));
  const mastery = input.masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>`;
  const files = input.files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en">${title}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="en">${description}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}.org">
    <organization identifier="${id}.org">
      <title>${title}</title>
      <item identifier="${id}.item" identifierref="${id}.sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}.sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
