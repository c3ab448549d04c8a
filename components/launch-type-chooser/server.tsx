/**
 * The chooser's props for a server page: its data, and the comparison of every target with the text version of the
 * rules rendered here on the server. Those two are static (they never change with the answers), so their code stays
 * out of the browser: the client wizard only places the finished markup (the `reference` slot).
 */
import 'server-only';
import { getChooserData } from '@/lib/chooser/load';
import { ChooserReference } from './ChooserReference';
import type { HeadingLevel } from './parts';

export function chooserProps(headingLevel: HeadingLevel) {
  const data = getChooserData();
  return { data, headingLevel, reference: <ChooserReference data={data} headingLevel={headingLevel} /> };
}
