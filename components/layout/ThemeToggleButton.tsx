/**
 * The header's theme switch: the client part (ThemeToggle.tsx) gets its class and its icons from here, a server
 * component, so they are in the page's HTML and not in the script every page loads first (issue 29).
 */
import { headerIconButton } from './styles';
import { ThemeToggle } from './ThemeToggle';

export function ThemeToggleButton() {
  return (
    <ThemeToggle className={headerIconButton}>
      {/* Both icons are drawn; CSS shows the one for the current theme, so there is no flash before hydration. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </ThemeToggle>
  );
}
