/** The validated chooser data, for server pages and scripts (memoised: several pages read it during a build). */
import { chooserContent } from '@/content/chooser';
import { validateChooserData } from './schema';
import type { ChooserData } from './types';

let cache: ChooserData | undefined;

export function getChooserData(): ChooserData {
  cache ??= validateChooserData(chooserContent);
  return cache;
}
