/** The rule engine's findings for the lab, each with the lesson section and the AWS page behind its rule. */
import type { Finding } from '@/lib/taskdef/rules';
import { RULES } from '@/lib/taskdef/rules';

const LINK = 'text-accent-700 underline underline-offset-2 dark:text-accent-300';

export function Findings({ findings }: { findings: Finding[] }) {
  if (!findings.length) return null;
  return (
    <ul aria-label="Findings" className="mt-3 space-y-3">
      {findings.map((finding) => {
        const rule = RULES[finding.rule];
        return (
          <li key={`${finding.rule}:${finding.path}`} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <p className="font-semibold">
              {rule.title}
              {rule.kind === 'required' ? (
                <span className="ml-2 font-normal text-red-800 dark:text-red-300">(ECS refuses it or the task cannot start)</span>
              ) : null}
            </p>
            <p className="mt-1 text-zinc-800 dark:text-zinc-200">{finding.message}</p>
            {finding.path && (
              <p className="mt-1 text-zinc-600 dark:text-zinc-400">
                At <code className="[overflow-wrap:anywhere]">{finding.path}</code>
              </p>
            )}
            <p className="mt-1">
              <a className={LINK} href={rule.lesson}>
                Read the lesson section
              </a>
              {' · '}
              <a className={LINK} href={rule.source.url}>
                AWS: {rule.source.title}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
