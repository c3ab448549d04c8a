/** Below the wizard: the comparison of every target and the text version of the rules, each in a disclosure. */
import type { ChooserData } from '@/lib/chooser/types';
import { CompareTable } from './CompareTable';
import { DecisionRules } from './DecisionRules';
import type { HeadingLevel } from './parts';

// On paper both disclosures print open (::details-content where supported; a beforeprint listener elsewhere).
const DETAILS_CLASS = 'rounded-lg border border-zinc-200 dark:border-zinc-800 print:[&::details-content]:[content-visibility:visible] print:[&::details-content]:h-auto';
const SUMMARY_CLASS =
  'flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2 font-semibold text-zinc-950 marker:hidden dark:text-white [&::-webkit-details-marker]:hidden';

export function ChooserReference({ data, headingLevel }: { data: ChooserData; headingLevel: HeadingLevel }) {
  return (
    <>
      <details className={`group mt-4 ${DETAILS_CLASS}`}>
        <summary className={SUMMARY_CLASS}>
          <Chevron />
          Compare all targets
        </summary>
        <div className="px-3 pb-4 sm:px-4">
          <CompareTable data={data} />
        </div>
      </details>
      <details className={`group mt-3 ${DETAILS_CLASS}`}>
        <summary className={SUMMARY_CLASS}>
          <Chevron />
          Text version: how the chooser decides
        </summary>
        <div className="px-3 pb-4 sm:px-4">
          <DecisionRules data={data} headingLevel={headingLevel} />
        </div>
      </details>
    </>
  );
}

function Chevron() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 transition-transform group-open:rotate-90" fill="currentColor">
      <path d="M7 4l7 6-7 6z" />
    </svg>
  );
}
