/**
 * The quiz as text: the answer key as a table (layer by service) with its sources. Server-rendered, no
 * JavaScript: shown behind a disclosure on screen, and on its own in print and when scripts are off.
 */
import { SHARED_RULE, ZONE_LABELS } from '@/lib/quiz/announce';
import type { Layer, Owner, QuizRound } from '@/lib/quiz/types';
import { SourceList } from '@/components/ui/SourceList';

const SHORT: Record<Owner, string> = { you: 'You', shared: 'Shared', aws: 'AWS' };

export function AnswerKey({ rounds, layers }: { rounds: QuizRound[]; layers: Layer[] }) {
  const rows = layers.filter((layer) => rounds.some((round) => round.cards.some((card) => card.id === layer.id)));
  const omitted = rounds.flatMap((round) => round.omitted.map((item) => ({ round: round.title, ...item })));
  const sources = [...new Map(rounds.flatMap((round) => round.sources).map((source) => [source.url, source])).values()];
  return (
    <div className="text-sm text-zinc-800 dark:text-zinc-200">
      {/* Focusable so keyboard users can scroll it sideways on a phone; relative so the sr-only text inside scrolls with it. */}
      <div tabIndex={0} role="region" aria-label="Answer key table" className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Answer key: who manages each layer, by service</caption>
          <thead className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Layer
              </th>
              {rounds.map((round) => (
                <th key={round.id} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                  {round.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {rows.map((layer) => (
              <tr key={layer.id}>
                <th scope="row" className="px-3 py-2 font-medium">
                  {layer.label}
                </th>
                {rounds.map((round) => {
                  const card = round.cards.find((item) => item.id === layer.id);
                  return (
                    <td key={round.id} className="px-3 py-2">
                      {card ? (
                        <abbr title={ZONE_LABELS[card.answer]} className="no-underline">
                          {SHORT[card.answer]}
                        </abbr>
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">not in this round</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        You = you manage it. AWS = AWS manages it. Shared = AWS does part of the work and you do the rest. {SHARED_RULE} A dash means the layer is not part of
        that round{omitted.length ? ' (see the notes below)' : ''}.
      </p>
      {omitted.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
          {omitted.map((item) => (
            <li key={`${item.round}-${item.label}`}>
              {item.round}, {item.label}: {item.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 font-semibold text-zinc-900 dark:text-zinc-100">Sources</p>
      <SourceList sources={sources} layout="bullets" className="mt-1 space-y-1" linkClassName="break-words print:text-black" />
    </div>
  );
}
