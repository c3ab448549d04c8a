/** The LMS formats the site builds packages in: one line per format folder (lib/lms/<id>/format.ts). */
import type { LmsFormat } from './format';
import { scorm12 } from './scorm12/format';

export const LMS_FORMATS: readonly LmsFormat[] = [scorm12];
