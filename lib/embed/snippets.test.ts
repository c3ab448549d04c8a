import { describe, expect, it } from 'vitest';
import { loaderSnippet, oembedSnippet } from './snippets';
import { defaultGraded } from '../assignment/settings';

const quiz = { kind: 'widget', widget: 'responsibility-quiz' } as const;

describe('loaderSnippet', () => {
  it('carries a graded assignment, as the iframe code does: in data-query and in the fallback link', () => {
    const html = loaderSnippet({
      origin: 'https://course.example',
      target: quiz,
      options: {},
      title: 'Quiz',
      assignment: { ...defaultGraded(['quiz']), rounds: ['fargate'] },
    });
    expect(html).toContain('data-query="mode=graded&amp;count=quiz&amp;rounds=fargate&amp;attempts=1&amp;feedback=right-wrong"');
    expect(html).toContain(
      '<a href="https://course.example/embed/widgets/responsibility-quiz?mode=graded&amp;count=quiz&amp;rounds=fargate&amp;attempts=1&amp;feedback=right-wrong">',
    );
  });

  it('practice adds nothing', () => {
    expect(loaderSnippet({ origin: 'https://course.example', target: quiz, options: {}, title: 'Quiz', assignment: { v: 1, mode: 'practice' } })).not.toContain(
      'data-query',
    );
  });
});

describe('oembedSnippet', () => {
  it('escapes the title and caps the height only when asked', () => {
    const html = oembedSnippet({ origin: 'https://course.example', target: quiz, options: {}, title: 'A "quiz" <b>', height: 700, width: 600, maxHeight: 700 });
    expect(html).toContain('data-title="A &quot;quiz&quot; &lt;b&gt;" data-max-height="700"');
    expect(html).toContain('width="600" height="700"');
  });
});
