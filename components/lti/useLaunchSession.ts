'use client';
/**
 * The launch session token: handed over in the URL's fragment by /lti/launch, kept in memory only (the fragment is
 * removed from the address at once), and sent as a Bearer token to the tool's API. No cookie: inside an LMS's
 * iframe on another site, third-party cookies may be blocked.
 */
import { useCallback, useEffect, useState } from 'react';

export type ApiError = { message: string; fix?: string };

export function useLaunchSession() {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const value = window.location.hash.slice(1);
    const valid = /^[A-Za-z0-9_-]{20,100}$/.test(value);
    if (valid) history.replaceState(null, '', window.location.pathname + window.location.search);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment exists only in the browser
    setToken(valid ? value : null);
  }, []);

  const call = useCallback(
    async <T>(path: string, init: RequestInit = {}): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> => {
      if (!token) return { ok: false, error: { message: 'This page was not opened from a course.', fix: 'Open the activity from your course page.' } };
      try {
        const response = await fetch(path, {
          ...init,
          headers: {
            ...(init.headers as Record<string, string>),
            authorization: `Bearer ${token}`,
            ...(init.body ? { 'content-type': 'application/json' } : {}),
          },
        });
        const data = await response.json().catch(() => null);
        if (!response.ok) return { ok: false, error: { message: data?.message ?? `The tool answered ${response.status}.`, fix: data?.fix } };
        return { ok: true, data: data as T };
      } catch {
        return { ok: false, error: { message: 'The tool could not be reached.', fix: 'Check your connection and try again: your answers are still here.' } };
      }
    },
    [token],
  );
  return { token, call };
}
