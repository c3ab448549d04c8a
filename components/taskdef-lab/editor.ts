/**
 * CodeMirror 6, set up for the lab: JSON highlighting, undo history, the standard keymap without Tab (so Tab keeps
 * moving focus, as WCAG 2.1.2 asks: CodeMirror leaves Tab unbound by default for this reason), line wrapping for
 * narrow screens, and a label for screen readers. Imported dynamically by TaskDefinitionLab.tsx.
 */
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';

const theme = EditorView.theme({
  '&': { fontSize: '0.875rem', backgroundColor: 'transparent', color: 'inherit' },
  '.cm-content': { fontFamily: 'var(--font-mono, ui-monospace, monospace)', caretColor: 'currentColor', padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: 'transparent', color: 'rgb(113 113 122)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'rgb(127 127 127 / 0.08)' },
  '&.cm-focused': { outline: '2px solid var(--color-accent-600, #2563eb)', outlineOffset: '2px' },
  '.cm-scroller': { lineHeight: '1.6' },
  // Token colours with at least 4.5:1 contrast on white and on the dark surface (html.dark is the site's dark theme).
  '.tok-propertyName': { color: '#1e40af' },
  '.tok-string': { color: '#166534' },
  '.tok-number, .tok-bool, .tok-null': { color: '#92400e' },
  '.dark & .tok-propertyName': { color: '#93c5fd' },
  '.dark & .tok-string': { color: '#86efac' },
  '.dark & .tok-number, .dark & .tok-bool, .dark & .tok-null': { color: '#fcd34d' },
  '.dark & .cm-gutters': { color: '#a1a1aa' },
  '.dark & .cm-cursor': { borderLeftColor: '#f4f4f5' },
  '.dark & .cm-selectionBackground, .dark &.cm-focused .cm-selectionBackground': { backgroundColor: 'rgb(63 63 70)' },
});

export function createEditor(parent: HTMLElement, doc: string, onChange: (text: string) => void, label: string, describedBy: string): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        json(),
        syntaxHighlighting(classHighlighter),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        theme,
        EditorView.contentAttributes.of({
          'aria-label': label,
          'aria-describedby': describedBy,
          'aria-multiline': 'true',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces the whole text (the Reset button), as one undoable change. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
