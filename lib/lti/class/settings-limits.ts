/** The limits of each "stuck" threshold an instructor sets: for the server's validation and the form alike (browser-safe). */
import type { StuckRules } from './aggregate';

export const STUCK_LIMITS = {
  minAttempts: { min: 1, max: 20, label: 'Attempts' },
  lowPercent: { min: 1, max: 100, label: 'Best score below (%)' },
  staleDays: { min: 1, max: 365, label: 'Days since first opened' },
} as const satisfies Record<keyof StuckRules, { min: number; max: number; label: string }>;
