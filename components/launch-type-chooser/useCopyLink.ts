'use client';
/** "Copy link to this result": the address holds the answers, so copying it shares the result. */
import { useState } from 'react';

export function useCopyLink() {
  const [status, setStatus] = useState<{ for: string; status: 'copied' | 'failed' } | null>(null);
  const copyLink = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus({ for: href, status: 'copied' });
    } catch {
      setStatus({ for: href, status: 'failed' });
    }
  };
  // A message about an older address (the answers changed since) is not shown.
  const current = status && status.for === (typeof window === 'undefined' ? '' : window.location.href) ? status.status : null;
  const message =
    current === 'copied'
      ? 'Link copied: whoever opens it sees this result.'
      : current === 'failed'
        ? 'Could not copy. The address in your browser’s address bar holds your answers: copy it from there.'
        : '';
  return { copyLink, message };
}
