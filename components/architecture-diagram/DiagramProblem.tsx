/**
 * The inline error box a diagram shows instead of a blank space: on the server in development when its data or
 * mermaid source is invalid (the production build fails instead), and in the browser when mermaid cannot draw it.
 */
export function DiagramProblem({ title, messages, note }: { title: string; messages: string[]; note?: string }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-left text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">{title}</p>
      <pre className="mt-2 overflow-x-auto text-sm break-words whitespace-pre-wrap">{messages.join('\n')}</pre>
      {note ? <p className="mt-2 text-sm">{note}</p> : null}
    </div>
  );
}
