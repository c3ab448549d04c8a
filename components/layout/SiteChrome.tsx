/** The site's frame with its interactive parts: every page but the embeds, the 404 page and the floor pages. */
import { StoreNoticeGate } from '@/components/learner/StoreNoticeGate';
import { OfflineSupport } from '@/components/offline/OfflineSupport';
import { buttonClass } from '@/components/ui/Button';
import { Hydrated } from './Hydrated';
import { SearchTrigger } from './SearchTrigger';
import { SiteEnhancements } from './SiteEnhancements';
import { SiteFrame } from './SiteFrame';
import { ThemeToggleButton } from './ThemeToggleButton';

export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <SiteFrame
      controls={
        <>
          <SearchTrigger />
          {/* A static host has no /search page: without JavaScript there, scripts/export.ts hides the search button. */}
          <ThemeToggleButton />
        </>
      }
      beforeMain={
        <>
          <StoreNoticeGate />
          <SiteEnhancements />
          <Hydrated />
          <OfflineSupport />
        </>
      }
      after={
        // Filled by components/offline/register.ts when a new version of the site is ready (docs/offline.md).
        <div
          data-update-prompt=""
          data-button-class={buttonClass({ variant: 'primary', size: 'sm' })}
          role="status"
          hidden
          className="fixed inset-x-3 bottom-3 z-40 mx-auto flex max-w-md flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 text-sm text-zinc-900 shadow-lg sm:inset-x-auto sm:right-4 print:hidden dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        />
      }
    >
      {children}
    </SiteFrame>
  );
}
