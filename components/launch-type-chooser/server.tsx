/**
 * What MDX authors get for <LaunchTypeChooser />: a server component that validates the chooser data at build
 * time and hands it to the client widget (loaded on demand through components/mdx/widgets.tsx), so zod and the
 * data file never reach the browser as code.
 */
import { getChooserData } from '@/lib/chooser/load';
import { LaunchTypeChooser } from '@/components/mdx/widgets';

export function LaunchTypeChooserWithData() {
  return <LaunchTypeChooser data={getChooserData()} headingLevel={3} />;
}
