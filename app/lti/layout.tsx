/** The LTI tool's pages: shown inside an LMS's iframe, so no site header or footer (app/(site) has those). */
export default function LtiLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto w-full max-w-3xl px-4 py-6">{children}</main>;
}
