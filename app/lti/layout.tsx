import { Hydrated } from '@/components/layout/Hydrated';

/**
 * The LTI tool's pages: shown inside an LMS's iframe, so no site header or footer (app/(site) has those). Hydrated
 * marks the page ready for the tap guard (lib/tap-guard.ts, in the root layout), which otherwise holds every tap on a
 * button until then.
 */
export default function LtiLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-6">
      <Hydrated />
      {children}
    </main>
  );
}
