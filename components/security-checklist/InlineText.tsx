/** Author text with `backticks` rendered as inline code (the only markup checklist strings use). */
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code
            key={index}
            className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100 print:bg-transparent print:p-0 print:text-black"
          >
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
