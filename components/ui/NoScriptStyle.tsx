/**
 * CSS that applies only when scripts are off: a widget swaps its interactive part for its text form.
 * React cannot render a <style> child inside <noscript> as text, so the markup is set directly; `css` is
 * always a constant from the widget's own module, never user input.
 */
export function NoScriptStyle({ css }: { css: string }) {
  // eslint-disable-next-line react/no-danger -- constant CSS from the calling module, no user input
  return <noscript dangerouslySetInnerHTML={{ __html: css.startsWith('<style>') ? css : `<style>${css}</style>` }} />;
}
