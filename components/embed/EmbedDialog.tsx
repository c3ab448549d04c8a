'use client';
/**
 * The embed dialog (loaded on demand by EmbedButton): options, a live preview and three codes to copy.
 * A native modal <dialog>: the page behind it is inert, Tab cycles inside it, Escape closes it, and focus
 * returns to the Embed button.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { embedCodes, oembedUrl, type EmbedCodes } from '@/lib/embed/snippets';
import { withoutEmbedOptions, type EmbedOptions, type EmbedTheme } from '@/lib/embed/options';
import { targetHeight, targetOptions } from '@/lib/embed/targets';
import { staticOembedHref } from '@/lib/embed/oembed';
import { isStaticHost } from '@/lib/embed/static-host';
import { LAUNCH_FILTERS, FILTER_LABELS, type LaunchFilter } from '@/lib/checklists/types';
import type { EmbedButtonProps } from './types';
import { copyText } from './copyText';
import { ScormDownload } from './ScormDownload';
import { AssignmentFields } from './AssignmentFields';
import { PRACTICE, assignableParts, defaultGraded, type Assignment } from '@/lib/assignment/settings';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { cn } from '@/components/ui/cn';

const THEME_LABELS: Record<EmbedTheme, string> = { system: "Follow the reader's system", light: 'Light', dark: 'Dark' };
const CODE_LABELS: Record<Exclude<keyof EmbedCodes, 'url'>, string> = {
  iframe: 'Iframe snippet (works on its own, fixed height)',
  script: 'Script snippet (sizes itself to the content)',
  oembed: 'oEmbed URL (for platforms that read oEmbed)',
};

const field = 'rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50';

export function EmbedDialog({ target: initialTarget, title, rounds, checklists, gradable, initialRound, onClose }: EmbedButtonProps & { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The Embed button that opened the dialog gets focus back when it closes.
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  const id = useId();
  const [options, setOptions] = useState<Partial<EmbedOptions>>({ theme: 'system', ...(initialRound ? { round: initialRound } : {}) });
  const [list, setList] = useState(initialTarget.kind === 'widget' ? initialTarget.argument : undefined);
  const [presets, setPresets] = useState(false);
  const parts = gradable ? assignableParts({ checkUp: gradable.checkUp, quiz: gradable.rounds.length > 0 }) : [];
  // Graded by default where there is something to grade, as the site's own packages are.
  const [assignment, setAssignment] = useState<Assignment>(() =>
    parts.length ? { ...defaultGraded(parts), ...(initialRound ? { rounds: [initialRound] } : {}) } : PRACTICE,
  );
  const [announcement, setAnnouncement] = useState('');
  const target = initialTarget.kind === 'widget' && list ? { ...initialTarget, argument: list } : initialTarget;
  // A graded quiz shows the rounds that count ("Rounds that count"); the one-round option is for practice only.
  const chosen = assignment.mode === 'graded' ? { ...options, round: undefined } : options;
  const available = targetOptions(target);
  const listTitle = checklists?.find((item) => item.id === list)?.title;

  const codes = useMemo(() => {
    const origin = window.location.origin;
    const widgetQuery = presets ? withoutEmbedOptions(window.location.search) : '';
    const shownTitle = listTitle ?? title;
    const base = { origin, target, options: chosen, widgetQuery, assignment, title: shownTitle, height: targetHeight(target) };
    return embedCodes({ ...base, pageUrl: '' });
    // target is derived from initialTarget and list
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialTarget, list, options, presets, title, listTitle, assignment]);
  // On a static host no oEmbed endpoint runs: name the answer file the export wrote (default settings only).
  const staticHost = isStaticHost(document);
  const dynamicOembed = oembedUrl(window.location.origin, codes.url);
  const oembed = (staticHost && staticOembedHref(dynamicOembed)) || dynamicOembed;

  // Runs on the dialog's close event (Escape or Close), when the page behind is no longer inert.
  const close = () => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button, input, select, textarea, iframe, a[href]')).filter(
      (element) => !element.hasAttribute('disabled'),
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const copy = async (name: keyof typeof CODE_LABELS, text: string) => {
    const status = await copyText(text);
    const what = name === 'oembed' ? 'oEmbed URL' : `${name === 'iframe' ? 'Iframe' : 'Script'} snippet`;
    setAnnouncement(status === 'copied' ? `Copied: ${what}.` : `Could not copy the ${what}: select the text and copy it by hand.`);
  };

  const set = (change: Partial<EmbedOptions>) => setOptions((current) => ({ ...current, ...change }));
  const shown = { iframe: codes.iframe, script: codes.script, oembed };

  return (
    <Dialog open size="lg" onClose={close} dialogRef={dialog} aria-labelledby={`${id}-title`} onKeyDown={trapTab}>
      <div className="flex items-start justify-between gap-4 border-b border-zinc-200 px-4 py-3 sm:px-6 dark:border-zinc-700">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Embed “{listTitle ?? title}”
        </h2>
        <Button variant="plain" size="sm" onClick={() => dialog.current?.close()}>
          Close
        </Button>
      </div>
      <div className="grid gap-6 px-4 py-4 sm:px-6 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
        <form className="space-y-4 text-sm" onSubmit={(event) => event.preventDefault()}>
          {parts.length ? <AssignmentFields parts={parts} rounds={gradable?.rounds ?? []} value={assignment} onChange={setAssignment} /> : null}
          <fieldset>
            <legend className="font-semibold">Theme</legend>
            {(Object.keys(THEME_LABELS) as EmbedTheme[]).map((theme) => (
              <label key={theme} className="mt-1 flex min-h-8 items-center gap-2">
                <input type="radio" name={`${id}-theme`} checked={(options.theme ?? 'system') === theme} onChange={() => set({ theme })} />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </fieldset>
          {available.includes('hideHeader') ? (
            <label className="flex min-h-8 items-center gap-2">
              <input type="checkbox" checked={Boolean(options.hideHeader)} onChange={(event) => set({ hideHeader: event.target.checked })} />
              Hide the lesson header
            </label>
          ) : null}
          {available.includes('round') && rounds?.length && assignment.mode === 'practice' ? (
            <label className="flex flex-col gap-1">
              <span className="font-semibold">Round</span>
              <select className={field} value={options.round ?? ''} onChange={(event) => set({ round: event.target.value || undefined })}>
                <option value="">Every round</option>
                {rounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {checklists && checklists.length > 1 ? (
            <label className="flex flex-col gap-1">
              <span className="font-semibold">Checklist</span>
              <select className={field} value={list} onChange={(event) => setList(event.target.value)}>
                {checklists.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {available.includes('filter') ? (
            <label className="flex flex-col gap-1">
              <span className="font-semibold">Launch type shown</span>
              <select className={field} value={options.filter ?? 'all'} onChange={(event) => set({ filter: event.target.value as LaunchFilter })}>
                {LAUNCH_FILTERS.map((filter) => (
                  <option key={filter} value={filter}>
                    {FILTER_LABELS[filter]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {available.includes('answers') ? (
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={presets} onChange={(event) => setPresets(event.target.checked)} />
              <span>Start with the answers chosen on this page</span>
            </label>
          ) : null}
        </form>
        <div className="min-w-0 space-y-4">
          <div>
            <h3 className="text-sm font-semibold">Preview</h3>
            <iframe
              src={codes.url}
              title={`Preview: ${listTitle ?? title}`}
              className="mt-1 h-80 w-full rounded-md border border-zinc-300 dark:border-zinc-600"
            />
          </div>
          {(Object.keys(CODE_LABELS) as (keyof typeof CODE_LABELS)[]).map((name) => (
            <div key={name}>
              <div className="flex items-end justify-between gap-2">
                <label htmlFor={`${id}-${name}`} className="text-sm font-semibold">
                  {CODE_LABELS[name]}
                </label>
                <Button size="sm" onClick={() => copy(name, shown[name])} className="shrink-0">
                  Copy<span className="sr-only"> {name === 'oembed' ? 'oEmbed URL' : `${name} snippet`}</span>
                </Button>
              </div>
              <textarea
                id={`${id}-${name}`}
                readOnly
                rows={name === 'oembed' ? 2 : 3}
                value={shown[name]}
                aria-describedby={name === 'oembed' && staticHost ? `${id}-oembed-static` : undefined}
                onFocus={(event) => event.currentTarget.select()}
                className={cn('mt-1 w-full resize-y font-mono text-xs', field)}
              />
              {name === 'oembed' && staticHost ? (
                <p id={`${id}-oembed-static`} className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
                  This copy of the course is served as static files, so its oEmbed answer is a file written for the default settings. To keep the settings
                  above, copy the iframe or script snippet.
                </p>
              ) : null}
            </div>
          ))}
          <p role="status" className="min-h-5 text-sm font-medium text-emerald-800 dark:text-emerald-300">
            {announcement}
          </p>
          <ScormDownload
            target={target}
            options={chosen}
            widgetQuery={presets ? withoutEmbedOptions(window.location.search) : ''}
            title={listTitle ?? title}
            assignment={parts.length ? assignment : undefined}
          />
        </div>
      </div>
    </Dialog>
  );
}
