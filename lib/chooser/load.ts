/** The validated chooser data, for server pages and scripts (memoised: several pages read it during a build). */
import 'server-only';
import { chooserCollection } from './schema';
import type { ChooserData } from './types';

export const getChooserData = (): ChooserData => chooserCollection.get();
