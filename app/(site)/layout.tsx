/** Every site page gets the header, main landmark and footer; /embed/... pages (app/embed) are chrome-less. */
import { SiteChrome } from '@/components/layout/SiteChrome';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
