'use client';
/** The embed dialog's "Download for your LMS": a SCORM 1.2 package with the dialog's options baked in. */
import { useId, useState } from 'react';
import type { EmbedOptions } from '@/lib/embed/options';
import type { EmbedTarget } from '@/lib/embed/targets';
import { Button } from '@/components/ui/Button';
import type { Assignment } from '@/lib/assignment/settings';

type Props = { target: EmbedTarget; options: Partial<EmbedOptions>; widgetQuery: string; title: string; assignment?: Assignment };

export function ScormDownload({ target, options, widgetQuery, title, assignment }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useId();

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setStatus('Preparing the package…');
    try {
      const { downloadScormPackage } = await import('./downloadScormPackage');
      const outcome = await downloadScormPackage({ origin: window.location.origin, target, options, widgetQuery, title, assignment });
      setStatus(
        outcome.status === 'downloaded'
          ? `Downloaded ${outcome.fileName}. Upload it to your LMS as a SCORM package.`
          : `Could not build the package: ${outcome.error}. Try again, or use the iframe snippet.`,
      );
    } catch {
      setStatus('Could not build the package: the download code did not load. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={heading} className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700">
      <h3 id={heading} className="font-semibold">
        For your LMS
      </h3>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        A SCORM 1.2 package for Moodle, Canvas, Blackboard or Brightspace, with the options and assignment above. A submitted attempt shows in the gradebook,
        with each answer in the LMS’s SCORM report; the package shows this site live, so it needs the site online.
      </p>
      <Button size="sm" onClick={download} aria-disabled={busy} className="mt-2">
        Download for your LMS (SCORM 1.2)
      </Button>
      <p aria-live="polite" className="mt-1 min-h-5 font-medium">
        {status}
      </p>
    </section>
  );
}
