import { MAX_NOTES_LENGTH, type ItemState } from '@/lib/checklists/state';
import { APPLIES_TO_LABELS, SEVERITY_LABELS, type ChecklistItem, type Severity, type SnippetLanguage } from '@/lib/checklists/types';
import { Disclosure } from '@/components/ui/Disclosure';
import { linkHoverClass, printedUrlClass } from '@/components/ui/link';
import { SourceList } from '@/components/ui/SourceList';
import { ChecklistItemHistory } from './ChecklistItemHistory';
import { InlineText } from './InlineText';
import { cn } from '@/components/ui/cn';

const SEVERITY_STYLES: Record<Severity, { bars: number; badge: string }> = {
  critical: { bars: 4, badge: 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200' },
  high: { bars: 3, badge: 'border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-800 dark:bg-orange-950/60 dark:text-orange-200' },
  medium: { bars: 2, badge: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200' },
  low: { bars: 1, badge: 'border-zinc-300 bg-zinc-50 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300' },
};

const SNIPPET_CAPTIONS: Record<SnippetLanguage, string> = { bash: 'AWS CLI', json: 'JSON', dockerfile: 'Dockerfile' };

/** Four bars of rising height, as path data: critical fills all four, low only the first. */
const BARS = [0, 1, 2, 3].map((bar) => `M${1 + bar * 3.75} ${12 - bar * 3}h2.5v${3 + bar * 3}h-2.5z`);

/** Severity is said in words; the bars (four for critical, one for low) repeat it as a shape, the colour a third time. */
function SeverityBadge({ severity }: { severity: Severity }) {
  const style = SEVERITY_STYLES[severity];
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs font-semibold',
        style.badge,
        'print:border-zinc-500 print:bg-transparent print:text-black',
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="currentColor">
        <path d={BARS.slice(0, style.bars).join('')} />
        <path d={BARS.slice(style.bars).join('')} opacity="0.25" />
      </svg>
      <span>
        <span className="font-normal">Severity:</span> {SEVERITY_LABELS[severity]}
      </span>
    </span>
  );
}

type Props = {
  item: ChecklistItem;
  value: ItemState;
  idBase: string;
  disabled: boolean;
  onCheckedChange: (checked: boolean) => void;
  onNotesChange: (notes: string) => void;
};

/** One check: a real checkbox with the check as its label, visible severity, launch types and any update, details on demand. */
export function ChecklistItemCard({ item, value, idBase, disabled, onCheckedChange, onNotesChange }: Props) {
  const checkboxId = `${idBase}-check`;
  const metaId = `${idBase}-meta`;
  const notesId = `${idBase}-notes`;
  const snippetId = `${idBase}-snippet`;
  const checkLabelId = `${idBase}-label`;
  return (
    <li
      className={cn(
        'rounded-lg border px-3 py-4 transition-colors motion-reduce:transition-none sm:px-5 print:break-inside-avoid-page print:border-zinc-400 print:bg-white print:px-0 print:py-3',
        value.checked
          ? 'border-emerald-300 bg-emerald-50/60 dark:border-emerald-800 dark:bg-emerald-950/30'
          : 'border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900/40',
        'print:rounded-none print:border-x-0 print:border-t-0',
      )}
    >
      <div className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3">
        {/* In print the real checkbox gives way to an empty box to tick by hand, whatever this browser has ticked. */}
        <span className="flex h-7 shrink-0 items-center print:before:block print:before:h-4 print:before:w-4 print:before:border-[1.5px] print:before:border-black print:before:content-['']">
          <input
            id={checkboxId}
            type="checkbox"
            checked={value.checked}
            disabled={disabled}
            aria-describedby={metaId}
            onChange={(event) => onCheckedChange(event.currentTarget.checked)}
            className="h-5 w-5 cursor-pointer rounded border-zinc-400 accent-emerald-700 disabled:cursor-wait dark:accent-emerald-400 print:hidden"
          />
        </span>
        <div className="min-w-0">
          <label
            id={checkLabelId}
            htmlFor={checkboxId}
            className="block cursor-pointer py-0.5 font-medium leading-snug text-zinc-950 dark:text-zinc-50 print:text-black"
          >
            <InlineText text={item.check} />
          </label>
          <p id={metaId} className="mt-2 flex flex-wrap items-center gap-2 text-xs">
            <SeverityBadge severity={item.severity} />
            <span className="inline-flex items-center rounded-md border border-zinc-300 px-2 py-0.5 font-semibold text-zinc-800 dark:border-zinc-700 dark:text-zinc-200 print:border-zinc-500 print:text-black">
              <span className="font-normal">Applies to:</span>&nbsp;{APPLIES_TO_LABELS[item.appliesTo]}
            </span>
            {item.challenge ? (
              <span className="inline-flex items-center rounded-md border border-zinc-300 px-2 py-0.5 font-semibold text-zinc-800 dark:border-zinc-700 dark:text-zinc-200 print:border-zinc-500 print:text-black">
                <span className="font-normal">Challenge:</span>&nbsp;{item.challenge.name}
              </span>
            ) : null}
          </p>
          <ChecklistItemHistory item={item} />
        </div>
        <div className="col-span-2 min-w-0 sm:col-span-1 sm:col-start-2 print:col-span-1 print:col-start-2">
          <Disclosure variant="inline" printOpen className="mt-3 print:mt-2" summary="Why it matters and how to do it">
            <div className="mt-2 space-y-3 text-[0.95rem] leading-relaxed text-zinc-800 dark:text-zinc-200 print:mt-0 print:space-y-1.5 print:text-[10pt] print:text-black">
              <div>
                <p className="text-xs font-bold tracking-wide text-zinc-700 uppercase dark:text-zinc-300 print:text-black">Why it matters</p>
                <p className="mt-1">
                  <InlineText text={item.why} />
                </p>
              </div>
              <div className="space-y-2 print:space-y-1">
                <p className="text-xs font-bold tracking-wide text-zinc-700 uppercase dark:text-zinc-300 print:text-black">How to do it</p>
                <p className="text-sm text-zinc-700 dark:text-zinc-300 print:text-black">
                  <span className="font-semibold">Where:</span> {item.how.service}
                  {item.how.console ? (
                    <>
                      <span aria-hidden="true"> · </span>
                      <span className="font-semibold">Console:</span> {item.how.console}
                    </>
                  ) : null}
                </p>
                <p>
                  <InlineText text={item.how.steps} />
                </p>
                {item.how.snippet ? (
                  <div>
                    <p id={snippetId} className="text-xs font-medium text-zinc-600 dark:text-zinc-400 print:text-black">
                      {SNIPPET_CAPTIONS[item.how.snippet.language]}
                    </p>
                    {/* It scrolls sideways on a phone: a keyboard stop, named by its caption and its item (names stay unique). */}
                    <pre
                      tabIndex={0}
                      role="region"
                      aria-labelledby={`${snippetId} ${checkLabelId}`}
                      className="mt-1 overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[0.8rem] leading-5 text-zinc-800 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200 print:border-zinc-400 print:bg-white print:text-[8.5pt] print:leading-snug print:text-black"
                    >
                      <code className={`language-${item.how.snippet.language}`}>{item.how.snippet.code}</code>
                    </pre>
                  </div>
                ) : null}
              </div>
              {item.handledOnFargate ? (
                <p>
                  <span className="font-semibold text-zinc-950 dark:text-white print:text-black">Already handled on Fargate: </span>
                  <InlineText text={item.handledOnFargate} />
                </p>
              ) : null}
              {item.caution ? (
                <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 dark:border-amber-400 dark:bg-amber-950/40 print:border-black print:bg-transparent">
                  <span className="font-semibold text-amber-900 dark:text-amber-200 print:text-black">Caution: </span>
                  <InlineText text={item.caution} />
                </p>
              ) : null}
              <div className="text-sm">
                <p className="text-xs font-bold tracking-wide text-zinc-700 uppercase dark:text-zinc-300 print:text-black">Sources</p>
                <SourceList
                  sources={item.sources}
                  layout="bullets"
                  className="mt-1 space-y-1 break-words marker:text-zinc-400 print:space-y-0 print:text-[8.5pt]"
                  linkClassName={cn(linkHoverClass, printedUrlClass)}
                />
              </div>
              <div className="print:hidden">
                <label htmlFor={notesId} className="block text-sm font-semibold text-zinc-950 dark:text-white">
                  Your notes <span className="font-normal text-zinc-600 dark:text-zinc-400">(evidence, owner, ticket; saved in this browser and exported)</span>
                </label>
                <textarea
                  id={notesId}
                  value={value.notes}
                  maxLength={MAX_NOTES_LENGTH}
                  disabled={disabled}
                  rows={2}
                  onChange={(event) => onNotesChange(event.currentTarget.value)}
                  className="mt-1 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"
                />
              </div>
            </div>
          </Disclosure>
          <p className="mt-2 hidden text-[10pt] text-black print:block">
            Notes: <span className="inline-block w-[85%] border-b border-zinc-500 align-bottom">&nbsp;</span>
          </p>
        </div>
      </div>
    </li>
  );
}
