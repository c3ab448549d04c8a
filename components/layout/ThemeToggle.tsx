'use client';
import { useEffect, useSyncExternalStore } from 'react';
import type { LearnerStore, ThemePreference } from '@/lib/learner-store';
import { useStoreValue } from '@/components/learner/useStoreValue';

function systemPrefersDark() {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function applyTheme(dark: boolean) {
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

const readTheme = (store: LearnerStore): ThemePreference => store.get().theme;

/** The page's theme is the `dark` class on <html> (the bootstrap sets it first): watched, so the switch shows it. */
function watchTheme(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains('dark');

/**
 * Switches light/dark; the choice is stored, "system" is the default until the learner picks. The page opens in the
 * theme the bootstrap (lib/theme.ts) chose from the saved choice; the store itself loads only when this browser has
 * saved something (then the saved choice follows other tabs) or when the learner switches (useStoreValue).
 * No import of the store here: the switch is on every page's first load. For the same reason its look (class and
 * both icons) comes from the server (ThemeToggleButton.tsx), so it travels in the HTML rather than in this script.
 */
export function ThemeToggle({ className, children }: { className: string; children: React.ReactNode }) {
  // null until the store is read: the theme the bootstrap applied stands.
  const preference = useStoreValue<ThemePreference | null>(readTheme, null);
  // null while hydrating (the server cannot know), so aria-pressed appears once the switch works.
  const dark = useSyncExternalStore(watchTheme, isDark, () => null);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const chosen = preference ?? 'system';
      applyTheme(chosen === 'dark' || (chosen === 'system' && media.matches));
    };
    if (preference !== null) apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [preference]);

  const toggle = (event: React.MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    const nextDark = !(dark ?? systemPrefersDark());
    // Saved first, then shown, so a reload straight after the tap keeps the choice. On a first tap the store's code
    // loads now: the switch shows that it is waiting meanwhile, as the tap guard does (app/globals.css).
    button.setAttribute('data-tap-pending', '');
    void import('@/components/learner/actions')
      .then((actions) => {
        actions.setThemePreference(nextDark ? 'dark' : 'light');
        applyTheme(nextDark);
      })
      .finally(() => button.removeAttribute('data-tap-pending'));
  };

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      aria-label="Dark theme"
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
      className={className}
    >
      {children}
    </button>
  );
}
