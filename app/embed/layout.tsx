/**
 * The chrome-less frame for instructors' embeds: no site header, footer, navigation or theme toggle. The theme and
 * the lesson header option come from the embed code's query, applied before first paint. Framable by any site
 * (FRAMING_RULES in lib/security-headers.mjs).
 */
import { EMBED_BOOTSTRAP_SCRIPT } from '@/lib/theme';
import { EMBED_ROOT_ID } from '@/components/embed/EmbedRuntime';
import { Hydrated } from '@/components/layout/Hydrated';

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* eslint-disable-next-line react/no-danger -- a constant from lib/theme.ts, no user input */}
      <script dangerouslySetInnerHTML={{ __html: EMBED_BOOTSTRAP_SCRIPT }} />
      {/* Measured for the host's auto-resize: its own height, not the viewport's, so resizing the frame cannot loop. */}
      <div id={EMBED_ROOT_ID} className="flow-root">
        {children}
      </div>
      <Hydrated />
    </>
  );
}
