import { getGlossary } from '@/lib/content/glossary';
import { glossaryIdOf } from '@/lib/content/glossary-links';
import { GlossaryTerm } from './GlossaryTerm';

/**
 * Links in lesson prose. Internal links are plain anchors: every page is prerendered, so a full page load is
 * fast, and next/link would add about 6 KB of JavaScript and viewport prefetches to every lesson.
 * External links say they leave the site without passing on the opener. A link to a glossary term (written by
 * the author or added by lib/content/glossary-links.ts) carries the term's definition in a popover.
 */
export function LessonLink({ href = '', children, ...rest }: React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  const termId = glossaryIdOf(href);
  const entry = termId ? getGlossary().find((item) => item.id === termId) : undefined;
  if (entry) {
    return (
      <GlossaryTerm entry={entry} href={href}>
        {children}
      </GlossaryTerm>
    );
  }
  const external = !href.startsWith('/') && !href.startsWith('#');
  return (
    <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})} {...rest}>
      {children}
    </a>
  );
}
