import { cn } from '@/components/ui/cn';
import { SearchIcon } from '@/components/ui/icons/SearchIcon';
import { headerIconButton } from './styles';

/**
 * A link to /search, the page that works without JavaScript; SiteEnhancements turns it into the button that opens
 * the search dialog, and listens for "/" and Ctrl/Cmd+K.
 */
export function SearchTrigger() {
  return (
    <a href="/search" data-search-open aria-keyshortcuts="/ Control+K Meta+K" className={cn(headerIconButton, 'px-2 md:px-3')}>
      <SearchIcon />
      <span className="sr-only text-sm md:not-sr-only">Search</span>
      <kbd
        aria-hidden="true"
        className="hidden rounded border border-zinc-300 px-1.5 font-sans text-xs text-zinc-600 lg:inline dark:border-zinc-700 dark:text-zinc-400"
      >
        /
      </kbd>
    </a>
  );
}
