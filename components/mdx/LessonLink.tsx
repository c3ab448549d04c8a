/**
 * Links in lesson prose. Internal links are plain anchors: every page is prerendered, so a full page load is
 * fast, and next/link would add about 6 KB of JavaScript and viewport prefetches to every lesson.
 * External links say they leave the site without passing on the opener.
 */
export function LessonLink({ href = '', children, ...rest }: React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  const external = !href.startsWith('/') && !href.startsWith('#');
  return (
    <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})} {...rest}>
      {children}
    </a>
  );
}
