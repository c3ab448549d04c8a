/**
 * Interactions (lib/lms/interactions.ts) as SCORM 1.2 `cmi.interactions.n.*` (RTE 3.4.2.5): id, type,
 * student_response, result, latency, time and correct_responses.0.pattern. Responses in 1.2's forms: `t`/`f` for
 * true-false, single characters separated by commas for choice and sequencing. Interactions are a journal: each
 * answer is appended at `cmi.interactions._count`, never rewritten.
 */
import type { Interaction } from '../interactions';
import { scormTimespan } from './time';

function response(interaction: Interaction, values: readonly string[]): string {
  if (interaction.type === 'true-false') return values[0] === 'true' ? 't' : values[0] === 'false' ? 'f' : '';
  return values.join(',');
}

/** CMITime, `HH:MM:SS`, in UTC (1.2 has no time zone; the LMS's clock is not ours to guess). */
function cmiTime(iso: string): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(11, 19);
}

export function interactionValues(index: number, interaction: Interaction): [string, string][] {
  const prefix = `cmi.interactions.${index}`;
  const values: [string, string][] = [
    [`${prefix}.id`, interaction.id],
    [`${prefix}.type`, interaction.type],
  ];
  const time = cmiTime(interaction.at);
  if (time) values.push([`${prefix}.time`, time]);
  values.push(
    [`${prefix}.correct_responses.0.pattern`, response(interaction, interaction.correct)],
    [`${prefix}.student_response`, response(interaction, interaction.response)],
    [`${prefix}.result`, interaction.result],
    [`${prefix}.latency`, scormTimespan(interaction.latencyMs)],
  );
  return values;
}
