/**
 * The wizard's step buttons, and the single submit button shown instead when JavaScript is off (the form then
 * goes to the server's /chooser/result). Both live inside the wizard's form.
 */
import type { WizardView } from '@/lib/chooser/wizard';
import { Button } from '@/components/ui/Button';

type Props = { view: WizardView; isLast: boolean; anyAnswered: boolean; onBack: () => void; onStartOver: () => void };

export function WizardButtons({ view, isLast, anyAnswered, onBack, onStartOver }: Props) {
  return (
    <>
      {/* On a phone the step buttons stay in reach at the bottom of the screen (html scroll-padding-bottom keeps focused options above them). */}
      <div
        data-chooser-js=""
        className="mt-6 flex flex-wrap items-center gap-3 max-sm:sticky max-sm:bottom-0 max-sm:z-10 max-sm:-mx-3 max-sm:border-t max-sm:border-zinc-200 max-sm:bg-white max-sm:px-3 max-sm:py-3 print:hidden max-sm:dark:border-zinc-800 max-sm:dark:bg-zinc-950"
      >
        {view.kind === 'question' && view.editing ? (
          <Button type="submit" size="wide">
            Update result
          </Button>
        ) : (
          <>
            {view.kind === 'question' && view.index > 0 ? (
              <Button variant="soft" onClick={onBack}>
                Back
              </Button>
            ) : null}
            <Button type="submit" size="wide">
              {isLast ? 'See my recommendation' : 'Next'}
            </Button>
          </>
        )}
        {anyAnswered ? (
          <Button variant="quiet" size="snug" onClick={onStartOver} className="ml-auto">
            Start over
          </Button>
        ) : null}
      </div>
      <div data-chooser-nojs="" hidden className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <Button type="submit" size="wide">
          Show my recommendation
        </Button>
        <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
          JavaScript is off, so all the questions are on one page and the server works out the recommendation when you send the form.
        </p>
      </div>
    </>
  );
}
