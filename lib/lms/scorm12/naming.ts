/** SCORM 1.2's names, apart from its package code so browser-safe modules (catalogue.ts, links) can use them. */
export const SCORM12_NAMING = { id: 'scorm12', name: 'SCORM 1.2', launcherFile: 'launcher.js' } as const;
