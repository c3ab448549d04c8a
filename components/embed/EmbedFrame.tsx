/**
 * What every /embed/... page renders around its content: a main landmark, the runtime that talks to the host
 * page, and one line naming the course with a link to the full page (which opens in a new tab).
 */
import { SITE_NAME, siteUrl } from '@/lib/course';
import { gradedResultWidgets } from '@/lib/embed/targets';
import { linkClass } from '@/components/ui/link';
import { EmbedRuntime } from './EmbedRuntime';
import { GradedEmbed, type Available } from '@/components/assignment/GradedEmbed';
import { buttonClass } from '@/components/ui/Button';

const GRADED = gradedResultWidgets();

type Props = {
  path: string;
  title: string;
  kind: 'lesson' | 'widget';
  /** The page of the full site a reader can continue on. */
  sitePath: string;
  /** What a graded assignment may count here (lib/assignment): the check-up, the quiz rounds shown. */
  available?: Available;
  children: React.ReactNode;
};

const NOTHING: Available = { checkUp: false, rounds: [] };

export function EmbedFrame({ path, title, kind, sitePath, available = NOTHING, children }: Props) {
  const objectId = kind === 'lesson' ? `${siteUrl()}${sitePath}` : `${siteUrl()}${path}`;
  return (
    <>
      <main id="main" className="mx-auto w-full max-w-3xl px-4 pt-4 sm:px-6">
        <EmbedRuntime path={path} title={title} objectId={objectId} kind={kind} graded={GRADED} />
        {/* Shown by the bootstrap (data-storage="memory") when the browser blocks storage in this frame. */}
        <p data-storage-note="" className="mb-3 hidden text-sm text-zinc-700 dark:text-zinc-300">
          This browser keeps no progress here: your answers last until you leave the page.
        </p>
        <GradedEmbed available={available} startButtonClass={buttonClass({ size: 'sm', className: 'mt-2' })}>
          {children}
        </GradedEmbed>
      </main>
      <footer className="mx-auto w-full max-w-3xl px-4 py-3 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        From{' '}
        <a href={sitePath} target="_blank" rel="noopener" className={linkClass}>
          {SITE_NAME}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        , a free course on running containers on AWS.
      </footer>
    </>
  );
}
