'use client';
/**
 * Tells the learner when their saved progress could not be read (it was kept aside: download it or start fresh)
 * or when the browser's storage is full. Renders nothing in the usual case.
 */
import { downloadText } from '@/components/security-checklist/download';
import { Button } from '@/components/ui/Button';
import { getLearnerStore } from './useLearnerState';


export function StoreNotice({ notice }: { notice: 'damaged' | 'quota' }) {
  const store = getLearnerStore();
  return (
    <section aria-labelledby="store-notice-title" className="border-b border-amber-300 bg-amber-50 print:hidden dark:border-amber-700 dark:bg-amber-950">
      <div className="mx-auto max-w-7xl px-4 py-3 text-amber-950 sm:px-6 dark:text-amber-50">
        <h2 id="store-notice-title" className="font-semibold">
          {notice === 'damaged' ? 'Your saved progress could not be read' : 'Your progress is not being saved'}
        </h2>
        {notice === 'damaged' ? (
          <>
            <p className="mt-1">We kept the damaged copy aside and started fresh, so nothing was thrown away. You can download the copy (to repair it or report the problem), then start fresh.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button variant="notice" onClick={() => downloadText(store.damagedCopy() ?? '', 'containers-on-aws-damaged-progress.json', 'application/json')}>
                Download the damaged copy
              </Button>
              <Button variant="notice" onClick={() => store.discardDamagedCopy()}>
                Start fresh
              </Button>
            </div>
          </>
        ) : (
          <p className="mt-1">The browser&rsquo;s storage for this site is full, so what you do now lasts only until you close the page. Free some space (site data in the browser settings) and reload.</p>
        )}
      </div>
    </section>
  );
}
