/** SCORM 1.2 behind the LMS-format seam (lib/lms/format.ts): the package files and where the grade goes. */
import type { LmsFormat } from '../format';
import { packageFiles, zipPackage } from './package';
import { SCORM12_NAMING } from './naming';

export const scorm12: LmsFormat = {
  ...SCORM12_NAMING,
  reports: 'cmi.core.lesson_status, cmi.core.score.raw (0-100 against adlcp:masteryscore), cmi.interactions.n.*, cmi.suspend_data',
  runtimeEntry: 'lib/lms/scorm12/launcher-runtime.ts',
  files: packageFiles,
  archive: zipPackage,
};
