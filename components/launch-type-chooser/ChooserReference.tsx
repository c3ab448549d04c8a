/** Below the wizard: the comparison of every target and the text version of the rules, each in a disclosure. */
import type { ChooserData } from '@/lib/chooser/types';
import { Disclosure } from '@/components/ui/Disclosure';
import { CompareTable } from './CompareTable';
import { DecisionRules } from './DecisionRules';
import type { HeadingLevel } from './parts';

// On paper both print open (::details-content where supported; the wizard's useOpenDetailsForPrint elsewhere),
// except in a lesson, where a note points to /chooser instead.
export function ChooserReference({ data, headingLevel }: { data: ChooserData; headingLevel: HeadingLevel }) {
  return (
    <>
      <div data-chooser-reference="">
        <Disclosure printOpen className="mt-4" summary="Compare all targets">
          <div className="px-3 pb-4 sm:px-4">
            <CompareTable data={data} />
          </div>
        </Disclosure>
        <Disclosure printOpen className="mt-3" summary="Text version: how the chooser decides">
          <div className="px-3 pb-4 sm:px-4">
            <DecisionRules data={data} headingLevel={headingLevel} />
          </div>
        </Disclosure>
      </div>
      {/* Printed in place of the two above when the chooser is part of a lesson (globals.css): they are 20 pages. */}
      <p data-chooser-reference-note="" className="mt-4 hidden text-sm">
        The comparison of every target and the text version of the chooser’s rules print from the chooser page, /chooser.
      </p>
    </>
  );
}
