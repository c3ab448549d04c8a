/**
 * The diagram as text, from the same parsed mermaid source: boxes (nested by group, with owners), arrows and the
 * request path for every view, then what each box is. Server-rendered; visible without JavaScript and in print.
 */
import { labelOf } from '@/lib/diagrams/chart';
import { arrowList, boxTree, type BoxItem } from '@/lib/diagrams/text-version';
import { OWNER_SPOKEN, type ResolvedDiagram, type ResolvedView } from '@/lib/diagrams/types';
import { linkClass } from '@/components/ui/link';

function Boxes({ items, diagram, view }: { items: BoxItem[]; diagram: ResolvedDiagram; view: ResolvedView }) {
  return (
    <ul className="list-disc space-y-1 pl-5 marker:text-zinc-400">
      {items.map((item) => {
        const owner = diagram.ownership === 'none' ? undefined : diagram.nodes[item.id]?.views[view.id];
        return (
          <li key={item.id}>
            <span className="font-medium text-zinc-950 dark:text-white">{item.label}</span>
            {owner ? (
              <>
                {' '}
                ({OWNER_SPOKEN[owner.owner]}): {owner.note}
              </>
            ) : null}
            {item.children.length ? <Boxes items={item.children} diagram={diagram} view={view} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function TextVersion({ diagram, headingLevel = 3 }: { diagram: ResolvedDiagram; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const seen = new Set<string>();
  const explained = diagram.views.flatMap((view) =>
    view.chart.order.filter((id) => !seen.has(id) && seen.add(id)).map((id) => ({ id, label: labelOf(view.chart, id) ?? id })),
  );
  return (
    <div className="space-y-6 text-[0.975rem] leading-7 text-zinc-800 dark:text-zinc-200">
      {diagram.views.map((view) => {
        const arrows = arrowList(view.chart);
        return (
          <section key={view.id} aria-label={`${view.chart.accTitle}, as text`} className="space-y-2">
            <Heading className="text-base font-semibold text-zinc-950 dark:text-white">{diagram.views.length > 1 ? view.label : view.chart.accTitle}</Heading>
            <p>{view.chart.accDescr}</p>
            <p className="font-medium text-zinc-950 dark:text-white">Boxes</p>
            <Boxes items={boxTree(view.chart)} diagram={diagram} view={view} />
            {arrows.length ? (
              <>
                <p className="font-medium text-zinc-950 dark:text-white">Arrows</p>
                <ul className="list-disc space-y-1 pl-5 marker:text-zinc-400">
                  {arrows.map((arrow, index) => (
                    <li key={index}>
                      {arrow.fromLabel} <span aria-hidden="true">→</span>
                      <span className="sr-only">to</span> {arrow.toLabel}
                      {arrow.label ? `: ${arrow.label}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {view.request.length ? (
              <>
                <p className="font-medium text-zinc-950 dark:text-white">The path of a request</p>
                <ol className="list-decimal space-y-1 pl-5 marker:text-zinc-500">
                  {view.request.map((hop) => (
                    <li key={hop.node}>
                      <span className="font-medium">{labelOf(view.chart, hop.node)}</span>: {hop.text}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </section>
        );
      })}
      <section aria-label="What each box is" className="space-y-2">
        <Heading className="text-base font-semibold text-zinc-950 dark:text-white">What each box is</Heading>
        <dl className="space-y-2">
          {explained.map(({ id, label }) => {
            const node = diagram.nodes[id];
            return (
              <div key={id}>
                <dt className="font-medium text-zinc-950 dark:text-white">{label}</dt>
                <dd className="pl-5">
                  {node.summary}{' '}
                  <a href={node.lesson.href} className={linkClass}>
                    Read more: {node.lesson.section}
                  </a>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
