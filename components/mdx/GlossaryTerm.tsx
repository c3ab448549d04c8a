import { useId } from 'react';
import type { GlossaryEntry } from '@/lib/content/glossary';

/**
 * A glossary term in lesson prose: a link to /glossary#id whose definition, rendered here at build time, shows in
 * a small popover on hover, keyboard focus or tap (CSS in app/globals.css; term-popovers.ts adds tap and Escape).
 * Screen readers hear the definition as the link's description. The popover's own "Open in glossary" link is for
 * touch, where tapping the term only toggles the popover; it is out of the tab order, since the term itself is
 * that link for a keyboard.
 */
export function GlossaryTerm({ entry, href, children }: { entry: GlossaryEntry; href: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <span className="term">
      <a href={href} className="term-link" aria-describedby={id}>
        {children}
      </a>
      <span className="term-tip">
        <span className="term-tip-box">
          <span id={id}>
            <strong className="block text-zinc-950 dark:text-white">{entry.term}</strong>
            {entry.definition}
          </span>
          {/* On a touch screen a second tap on the term closes this instead of leaving the lesson; this is the way on. */}
          <a href={href} className="term-tip-link" tabIndex={-1}>
            Open in glossary
          </a>
        </span>
      </span>
    </span>
  );
}
