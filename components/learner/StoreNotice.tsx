'use client';
/**
 * Tells the learner when saved progress could not be read whole: every such value was kept as a dated copy
 * (download it, import it on /progress, or discard it after a question), or the browser's storage is full.
 * Renders nothing in the usual case (StoreNoticeGate loads it only when there is something to say).
 */
import { useState } from 'react';
import { downloadText } from '@/components/security-checklist/download';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { keptCopyFileName, type KeptCopy } from '@/lib/learner/kept-copies';
import type { StoreNotice as Notice } from '@/lib/learner-store';
import { getLearnerStore } from './useLearnerState';

const REASONS: Record<KeptCopy['reason'], string> = {
  damaged: 'could not be read, so this browser started fresh',
  newer: 'was saved by a newer version of this site, which this version cannot read; this browser started fresh',
  'partly-read': 'was read in part: the parts named below were left out, everything else was kept',
};
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const download = (copy: KeptCopy) => downloadText(copy.text, keptCopyFileName(copy), 'application/json');

export function StoreNotice({ notice }: { notice: Exclude<Notice, null> }) {
  const store = getLearnerStore();
  const [discarding, setDiscarding] = useState<KeptCopy | null>(null);
  const copies = store.keptCopies();
  const newer = copies.some((copy) => copy.reason === 'newer');
  return (
    <section aria-labelledby="store-notice-title" className="border-b border-amber-300 bg-amber-50 print:hidden dark:border-amber-700 dark:bg-amber-950">
      <div className="mx-auto max-w-7xl px-4 py-3 text-amber-950 sm:px-6 dark:text-amber-50">
        <h2 id="store-notice-title" className="font-semibold">
          {notice === 'quota'
            ? 'Your progress is not being saved'
            : notice === 'copies-full'
              ? 'Saved progress could not be read, and there is no room to keep another copy'
              : newer
                ? 'Progress from a newer version of this site was kept aside'
                : 'Some saved progress could not be read: a copy was kept'}
        </h2>
        {notice === 'quota' ? (
          <p className="mt-1">
            The browser&rsquo;s storage for this site is full, so what you do now lasts only until you close the page. Free some space (site data in the browser
            settings) and reload.
          </p>
        ) : (
          <>
            <p className="mt-1">
              {notice === 'copies-full'
                ? 'Nothing is saved until there is room, so nothing is overwritten. Download a kept copy and discard it to make room. '
                : 'Nothing was thrown away. '}
              To bring a copy back, download it and import it on the{' '}
              <a href="/progress#file-title" className="font-medium underline underline-offset-2">
                Progress page
              </a>{' '}
              (&ldquo;Import a progress file&rdquo;)
              {newer ? '; a copy from a newer version imports on that version of the site' : ''}.
            </p>
            <ul className="mt-2 grid gap-2">
              {copies.map((copy) => (
                <li key={copy.keptAt} className="flex flex-wrap items-center gap-x-3 gap-y-2">
                  <span>
                    Kept on <time dateTime={copy.keptAt}>{when(copy.keptAt)}</time>: your progress {REASONS[copy.reason]}.
                    {copy.problems.length
                      ? ` Details: ${copy.problems.slice(0, 3).join('; ')}${copy.problems.length > 3 ? `; and ${copy.problems.length - 3} more` : ''}.`
                      : ''}
                  </span>
                  <span className="flex gap-2">
                    <Button variant="notice" onClick={() => download(copy)}>
                      Download<span className="sr-only"> the copy kept on {when(copy.keptAt)}</span>
                    </Button>
                    <Button variant="notice" onClick={() => setDiscarding(copy)}>
                      Discard…<span className="sr-only"> the copy kept on {when(copy.keptAt)}</span>
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ConfirmDialog
        open={discarding !== null}
        danger
        title="Discard this kept copy?"
        confirmLabel="Discard the copy"
        restoreFocus
        onCancel={() => setDiscarding(null)}
        onConfirm={() => {
          if (discarding) store.discardKeptCopy(discarding.keptAt);
          setDiscarding(null);
        }}
      >
        <p>The copy kept on {discarding ? when(discarding.keptAt) : ''} is the only one; once discarded it cannot be brought back.</p>
        <p>
          <Button variant="outline" onClick={() => discarding && download(discarding)}>
            Download it first
          </Button>
        </p>
      </ConfirmDialog>
    </section>
  );
}
