import { useId } from 'react';
import type { GlossaryEntry } from '@/lib/content/glossary';

/**
 * A glossary term in lesson prose: a link to /glossary#id whose definition, rendered here at build time, shows in
 * a small popover on hover, keyboard focus or tap (CSS in app/globals.css; term-popovers.ts adds tap and Escape).
 * Screen readers hear the definition as the link's description.
 */
export function GlossaryTerm({ entry, href, children }: { entry: GlossaryEntry; href: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <span className="term">
      <a href={href} className="term-link" aria-describedby={id}>
        {children}
      </a>
      <span className="term-tip">
        <span id={id} className="term-tip-box">
          <strong className="block text-zinc-950 dark:text-white">{entry.term}</strong>
          {entry.definition}
          <span aria-hidden="true" className="term-tip-hint">
            Tap the term again for its glossary entry.
          </span>
        </span>
      </span>
    </span>
  );
}
