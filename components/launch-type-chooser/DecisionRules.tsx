/**
 * The text version of the chooser: every rule, grouped by the question and answer that trigger it. It is what
 * a reader without JavaScript (or on paper) can apply by hand, and it shows everyone how the ranking works.
 */
import { Fragment } from 'react';
import { describeAnswerRef } from '@/lib/chooser/describe';
import type { ChooserData, Condition, Rule } from '@/lib/chooser/types';
import { Heading, LimitText, SourceLinks } from './parts';

function refName(data: ChooserData, ref: string): string {
  const [targetId, variantId] = ref.split('/');
  const target = data.targets.find((candidate) => candidate.id === targetId);
  if (!target) return ref;
  const variant = target.variants?.find((candidate) => candidate.id === variantId);
  return variant ? `${target.shortName} on ${variant.name}` : target.shortName;
}

function conditionKey(condition: Condition): { option: string; negated: boolean } {
  if ('is' in condition) return { option: condition.is, negated: false };
  if ('includes' in condition) return { option: condition.includes, negated: false };
  return { option: condition.excludes, negated: true };
}

function RuleLine({ rule, data }: { rule: Rule; data: ChooserData }) {
  const names = rule.targets.map((ref) => refName(data, ref)).join(', ');
  const also = rule.when.slice(1).map((condition) => describeAnswerRef(data, { question: condition.question, ...conditionKey(condition) }));
  const when = also.length ? ` (when also ${also.join(' and ')})` : '';
  if (rule.effect === 'exclude') {
    const limit = data.limits.find((candidate) => candidate.id === rule.limit);
    return (
      <li>
        <span className="font-semibold text-rose-800 dark:text-rose-300">Rules out {names}</span>
        {when}: {rule.reason}. {limit ? <LimitText limit={limit} data={data} /> : null}
      </li>
    );
  }
  const sign = rule.weight > 0 ? `+${rule.weight}` : `${rule.weight}`;
  return (
    <li>
      <span className="font-semibold">
        {rule.weight > 0 ? 'Favours' : 'Counts against'} {names} ({sign})
      </span>
      {when}: {rule.reason} <SourceLinks ids={rule.sources} data={data} />
    </li>
  );
}

export function DecisionRules({ data, headingLevel }: { data: ChooserData; headingLevel: number }) {
  return (
    <div className="space-y-6 text-[0.975rem] text-zinc-800 dark:text-zinc-200">
      <p>
        Each answer triggers the rules listed under it. “Rules out” is a hard limit: the target is excluded whatever else you answer. The other rules add or
        take away points, and the highest total ranks first. {data.tieBreak.reason} When every target is ruled out, the chooser names the answers that conflict
        and the target that the fewest changes would bring back, changing team preferences before workload requirements.
      </p>
      {data.questions.map((question) => {
        const groups = question.options.flatMap((option) =>
          [false, true].map((negated) => ({
            option,
            negated,
            rules: data.rules.filter((rule) => {
              const first = rule.when[0];
              const key = conditionKey(first);
              return first.question === question.id && key.option === option.id && key.negated === negated;
            }),
          })),
        );
        return (
          <div key={question.id}>
            <Heading level={headingLevel} className="font-semibold text-zinc-950 dark:text-white">
              {question.prompt}
            </Heading>
            <ul className="mt-2 space-y-3">
              {groups
                .filter((group) => group.rules.length > 0)
                .map((group) => (
                  <li key={`${group.option.id}-${group.negated}`}>
                    <p className="font-medium text-zinc-950 dark:text-zinc-50">
                      {group.negated ? `“${group.option.label}” not ticked` : `“${group.option.label}”`}
                    </p>
                    <ul className="mt-1 list-disc space-y-1 pl-5">
                      {group.rules.map((rule) => (
                        <Fragment key={rule.id}>
                          <RuleLine rule={rule} data={data} />
                        </Fragment>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
