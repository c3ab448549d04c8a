/**
 * The chooser's recommendation: the ranked targets with why each fits, the ruled-out ones with the answer and
 * the hard limit behind each exclusion, the conflict explanation when nothing fits, and the answers with a way
 * to change each. Hook-free: the wizard renders it with buttons, the no-JavaScript result page with links.
 */
import { Fragment, type ReactNode, type Ref } from 'react';
import { describeAnswer, describeAnswerRef, summariseRanking, targetName } from '@/lib/chooser/describe';
import type { AnswerRef, Exclusion, ExcludedTarget, FitReason, RankedTarget, Ranking } from '@/lib/chooser/engine';
import type { Answers, ChooserData, Target } from '@/lib/chooser/types';
import { CheckIcon } from '@/components/ui/icons/CheckIcon';
import { CrossIcon } from '@/components/ui/icons/CrossIcon';
import { WarningIcon } from '@/components/ui/icons/WarningIcon';
import { FitBadge, Heading, LimitText, SourceLinks, StatusBadge, StatusNote, type HeadingLevel } from './parts';
import { cn } from '@/components/ui/cn';

export type ChangeControl = (questionId: string, label: string) => ReactNode;

type Props = {
  data: ChooserData;
  ranking: Ranking;
  answers: Answers;
  headingLevel: HeadingLevel;
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Renders the "Change" control for one answer: a button in the wizard, a link on the server page. */
  renderChange: ChangeControl;
  actions?: ReactNode;
};

function targetOf(data: ChooserData, id: string): Target {
  const target = data.targets.find((candidate) => candidate.id === id);
  if (!target) throw new Error(`chooser: unknown target "${id}"`);
  return target;
}

function variantName(target: Target, id: string | undefined) {
  return target.variants?.find((variant) => variant.id === id)?.name ?? id ?? '';
}

function ReasonGroup({ title, reasons, icon, data }: { title: string; reasons: FitReason[]; icon: ReactNode; data: ChooserData }) {
  if (!reasons.length) return null;
  return (
    <>
      <p className="mt-3 text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>
      <ul className="mt-1 space-y-1.5">
        {reasons.map((reason) => (
          <li key={`${reason.ruleId}-${reason.variant ?? ''}`} className="flex gap-2">
            {icon}
            <span>
              {reason.text} <SourceLinks ids={reason.sources} data={data} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The engine has already grouped the reasons (lib/chooser/engine `groupReasons`). */
function ReasonList({ fits, cautions, data }: { fits: FitReason[]; cautions: FitReason[]; data: ChooserData }) {
  return (
    <>
      <ReasonGroup
        title="Why it fits"
        reasons={fits}
        icon={<CheckIcon ends="sharp" className="mt-0.5 h-5 w-5 shrink-0 text-emerald-700 dark:text-emerald-400" />}
        data={data}
      />
      <ReasonGroup
        title="Watch out"
        reasons={cautions}
        icon={<WarningIcon className="mt-0.5 h-5 w-5 shrink-0 text-amber-700 dark:text-amber-400" />}
        data={data}
      />
      {!fits.length && !cautions.length ? (
        <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">None of your answers favours or counts against it.</p>
      ) : null}
    </>
  );
}

function AnswerRefs({ refs, data, renderChange }: { refs: AnswerRef[]; data: ChooserData; renderChange: ChangeControl }) {
  return (
    <>
      {refs.map((ref, index) => (
        <Fragment key={`${ref.question}-${ref.option}`}>
          {index > 0 ? '; ' : null}
          <span className="font-medium text-zinc-900 dark:text-zinc-100">{describeAnswerRef(data, ref)}</span>{' '}
          {renderChange(ref.question, describeAnswerRef(data, ref))}
        </Fragment>
      ))}
    </>
  );
}

function ExclusionItem({ exclusion, target, data, renderChange }: { exclusion: Exclusion; target: Target; data: ChooserData; renderChange: ChangeControl }) {
  const where = exclusion.variant ? `${target.shortName} on ${variantName(target, exclusion.variant)}` : null;
  return (
    <li className="flex gap-2">
      <CrossIcon ends="sharp" className="mt-0.5 h-5 w-5 shrink-0 text-rose-700 dark:text-rose-400" />
      <div className="min-w-0">
        <p>
          <span className="font-semibold text-rose-800 dark:text-rose-300">{where ? `${where}: ruled out` : 'Ruled out'}:</span> {exclusion.reason}.
        </p>
        <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">
          Your answer: <AnswerRefs refs={exclusion.answers} data={data} renderChange={renderChange} />
        </p>
        <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">
          Limit: <LimitText limit={exclusion.limit} data={data} />
        </p>
      </div>
    </li>
  );
}

function VariantNote({ item, target, data, renderChange }: { item: RankedTarget; target: Target; data: ChooserData; renderChange: ChangeControl }) {
  if (!item.variants || !target.variants) return null;
  const chosen = target.variants.find((variant) => variant.id === item.variants!.chosen);
  const others = item.variants.outcomes.filter((outcome) => outcome.id !== item.variants!.chosen);
  return (
    <div className="mt-3 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-3 sm:px-4 dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-semibold text-zinc-950 dark:text-white">Run it on {chosen?.name}</p>
      <p className="mt-1 text-sm text-zinc-800 dark:text-zinc-200">{chosen?.summary}</p>
      {others.map((outcome) => {
        const variant = target.variants!.find((candidate) => candidate.id === outcome.id);
        if (outcome.excludedBy.length) {
          return (
            <ul key={outcome.id} className="mt-2 space-y-2 text-sm">
              {outcome.excludedBy.map((exclusion) => (
                <ExclusionItem key={exclusion.ruleId} exclusion={exclusion} target={target} data={data} renderChange={renderChange} />
              ))}
            </ul>
          );
        }
        return (
          <p key={outcome.id} className="mt-2 text-sm text-zinc-800 dark:text-zinc-200">
            {variant?.name ? `${variant.name.charAt(0).toUpperCase()}${variant.name.slice(1)}` : outcome.id} would also work, but fits your answers less well:{' '}
            {variant?.summary}
          </p>
        );
      })}
    </div>
  );
}

function RankedCard({
  item,
  data,
  level,
  prominent,
  renderChange,
}: {
  item: RankedTarget;
  data: ChooserData;
  level: number;
  prominent: boolean;
  renderChange: ChangeControl;
}) {
  const target = targetOf(data, item.target);
  const tied = item.tiedWith.filter((id) => {
    const other = data.tieBreak.order.indexOf(id);
    return other > data.tieBreak.order.indexOf(item.target);
  });
  return (
    <article
      aria-labelledby={`chooser-target-${item.target}`}
      className={
        prominent
          ? 'rounded-lg border-2 border-accent-700 bg-white p-4 shadow-sm sm:p-5 dark:border-accent-300 dark:bg-zinc-950'
          : 'rounded-lg border border-zinc-200 bg-white p-3 sm:p-4 dark:border-zinc-800 dark:bg-zinc-950'
      }
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span
          aria-hidden="true"
          className={cn(
            'inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-bold',
            prominent ? 'bg-accent-700 text-white dark:bg-accent-300 dark:text-zinc-950' : 'bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100',
          )}
        >
          {item.rank}
        </span>
        <Heading
          level={level}
          id={`chooser-target-${item.target}`}
          className={cn('font-semibold text-zinc-950 dark:text-white', prominent ? 'text-xl' : 'text-lg')}
        >
          <span className="sr-only">{item.rank}. </span>
          {target.name}
        </Heading>
        <FitBadge fit={item.fit} />
        <StatusBadge target={target} />
      </div>
      <p className="mt-2 text-zinc-800 dark:text-zinc-200">{target.summary}</p>
      <StatusNote target={target} />
      {tied.length ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          Tied on fit with {tied.map((id) => targetName(data, id)).join(', ')}. {data.tieBreak.reason}
        </p>
      ) : null}
      <div className="text-[0.975rem] text-zinc-800 dark:text-zinc-200">
        <ReasonList fits={item.fits} cautions={item.cautions} data={data} />
      </div>
      <VariantNote item={item} target={target} data={data} renderChange={renderChange} />
    </article>
  );
}

function ExcludedCard({ item, data, level, renderChange }: { item: ExcludedTarget; data: ChooserData; level: number; renderChange: ChangeControl }) {
  const target = targetOf(data, item.target);
  return (
    <li className="rounded-lg border border-zinc-200 p-3 sm:p-4 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Heading level={level} className="text-base font-semibold text-zinc-950 dark:text-white">
          {target.name}
        </Heading>
        <StatusBadge target={target} />
      </div>
      <ul className="mt-2 space-y-3 text-[0.975rem] text-zinc-800 dark:text-zinc-200">
        {item.exclusions.map((exclusion) => (
          <ExclusionItem key={`${exclusion.ruleId}-${exclusion.variant ?? ''}`} exclusion={exclusion} target={target} data={data} renderChange={renderChange} />
        ))}
      </ul>
    </li>
  );
}

function ConflictPanel({ ranking, data, level, renderChange }: { ranking: Ranking; data: ChooserData; level: number; renderChange: ChangeControl }) {
  const conflict = ranking.conflict!;
  const nearest = conflict.nearest ? ranking.excluded.find((item) => item.target === conflict.nearest!.target) : undefined;
  return (
    <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 sm:p-5 dark:border-amber-600 dark:bg-amber-950/40">
      <Heading level={level} className="text-xl font-semibold text-zinc-950 dark:text-white">
        No target fits every answer
      </Heading>
      <p className="mt-2 text-zinc-800 dark:text-zinc-200">These answers rule out every target between them. Change one of them to see a recommendation:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-900 dark:text-zinc-100">
        {conflict.answers.map((ref) => (
          <li key={`${ref.question}-${ref.option}`}>
            <span className="font-medium">{describeAnswerRef(data, ref)}</span> {renderChange(ref.question, describeAnswerRef(data, ref))}
          </li>
        ))}
      </ul>
      {conflict.nearest && nearest ? (
        <div className="mt-4 border-t border-amber-300 pt-4 dark:border-amber-800">
          <p className="text-zinc-900 dark:text-zinc-100">
            <span className="font-semibold">Nearest option: {targetName(data, conflict.nearest.target)}.</span> It would fit if you changed{' '}
            {conflict.nearest.change.length === 1 ? 'this answer' : 'these answers'}:{' '}
            <AnswerRefs refs={conflict.nearest.change} data={data} renderChange={renderChange} />
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{targetOf(data, conflict.nearest.target).summary}</p>
        </div>
      ) : null}
    </div>
  );
}

/** Answers the data declares incompatible (lib/chooser/engine `AnswerConflict`), each with the limits behind it. */
function AnswerConflicts({ ranking, data, level, renderChange }: { ranking: Ranking; data: ChooserData; level: number; renderChange: ChangeControl }) {
  if (!ranking.conflicts.length) return null;
  return (
    <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 sm:p-5 dark:border-amber-600 dark:bg-amber-950/40">
      <Heading level={level} className="text-lg font-semibold text-zinc-950 dark:text-white">
        Some of your answers conflict
      </Heading>
      <ul className="mt-2 space-y-3 text-zinc-800 dark:text-zinc-200">
        {ranking.conflicts.map((conflict) => (
          <li key={conflict.id}>
            <p className="text-zinc-900 dark:text-zinc-100">
              <AnswerRefs refs={conflict.answers} data={data} renderChange={renderChange} />
            </p>
            <p className="mt-1">{conflict.reason}</p>
            {conflict.limits.map((limit) => (
              <p key={limit.id} className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                <LimitText limit={limit} data={data} />
              </p>
            ))}
          </li>
        ))}
      </ul>
      {ranking.ranked.length ? (
        <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
          The ranking below still counts every answer, so its top pick cannot meet them all: change one of these answers.
        </p>
      ) : null}
    </div>
  );
}

export function ResultView({ data, ranking, answers, headingLevel, headingId, headingRef, renderChange, actions }: Props) {
  const [first, ...rest] = ranking.ranked;
  return (
    <div aria-labelledby={headingId} role="region" className="space-y-8">
      <div>
        <Heading
          level={headingLevel}
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className="scroll-mt-4 text-2xl font-bold tracking-tight text-zinc-950 dark:text-white"
        >
          Your recommendation
        </Heading>
        <p className="mt-2 text-lg text-zinc-800 dark:text-zinc-200">{summariseRanking(data, ranking)}</p>
        {!ranking.complete ? (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
            {ranking.unanswered.length === 1 ? 'One question is' : `${ranking.unanswered.length} questions are`} unanswered, so this ranking uses only the
            answers you gave.
          </p>
        ) : null}
      </div>

      <AnswerConflicts ranking={ranking} data={data} level={headingLevel + 1} renderChange={renderChange} />

      {first ? (
        <div className="space-y-4">
          {first.fit === 'weak' ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-zinc-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-zinc-100">
              Nothing fits well: the best remaining option is a weak fit. Read its cautions, and check whether one of your answers could change.
            </p>
          ) : null}
          <RankedCard item={first} data={data} level={headingLevel + 1} prominent renderChange={renderChange} />
          {rest.length ? (
            <section aria-labelledby={`${headingId}-others`}>
              <Heading level={headingLevel + 1} id={`${headingId}-others`} className="text-lg font-semibold text-zinc-950 dark:text-white">
                Also fits, in order
              </Heading>
              <ol className="mt-3 space-y-3">
                {rest.map((item) => (
                  <li key={item.target}>
                    <RankedCard item={item} data={data} level={headingLevel + 2} prominent={false} renderChange={renderChange} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
      ) : (
        <ConflictPanel ranking={ranking} data={data} level={headingLevel + 1} renderChange={renderChange} />
      )}

      {ranking.excluded.length ? (
        <section aria-labelledby={`${headingId}-excluded`}>
          <Heading level={headingLevel + 1} id={`${headingId}-excluded`} className="text-lg font-semibold text-zinc-950 dark:text-white">
            Ruled out ({ranking.excluded.length})
          </Heading>
          <ul className="mt-3 space-y-3">
            {ranking.excluded.map((item) => (
              <ExcludedCard key={item.target} item={item} data={data} level={headingLevel + 2} renderChange={renderChange} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={`${headingId}-answers`}>
        <Heading level={headingLevel + 1} id={`${headingId}-answers`} className="text-lg font-semibold text-zinc-950 dark:text-white">
          Your answers
        </Heading>
        <dl className="mt-3 grid gap-2 sm:grid-cols-2">
          {data.questions.map((question) => (
            <div key={question.id} className="rounded-lg border border-zinc-200 px-4 py-2 dark:border-zinc-800">
              <dt className="text-sm text-zinc-700 dark:text-zinc-300">{question.short}</dt>
              <dd className="flex flex-wrap items-center justify-between gap-x-4">
                <span className="font-medium text-zinc-950 dark:text-zinc-50">{describeAnswer(question, answers)}</span>
                {renderChange(question.id, question.short)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {actions}
    </div>
  );
}
