/**
 * What `<CheckUp />` renders in a lesson's "Check yourself" section: the interactive check-up (a lazy client
 * chunk), and the same questions as text with the answers in disclosures for readers without JavaScript and for
 * print. A server component: the bank is validated at build time and zod never reaches the browser.
 */
import { NoScriptStyle } from '@/components/ui/NoScriptStyle';
import { CheckUpLazy as CheckUp } from './lazy';
import type { MDXContentProps } from 'mdx-bundler/client';
import type { Question } from '@/lib/questions/schema';
import { AnswerKey, PrintedAnswerKey } from './AnswerKey';
import { EmbedButton } from '@/components/embed/EmbedButton';
import { embedButtonClass } from '@/components/embed/embedButtonClass';

const NO_SCRIPT_STYLE = '<style>[data-checkup-part="interactive"]{display:none!important}[data-checkup-part="text"]{display:block!important}</style>';

/** lessonHref: where section links point (the lesson's own page in an embed; the same page, `#section`, in a lesson). */
type Props = { lesson: string; questions: Question[]; sections: Record<string, string>; lessonHref?: string; embedTitle?: string };

/** embedTitle: on the site's lesson page, an Embed button above the check-up (instructors assign it on its own). */
export function CheckUpSection({ lesson, questions, sections, lessonHref = '', embedTitle }: Props) {
  return (
    <div className="not-prose my-6 text-base leading-normal" data-check-up={lesson}>
      <NoScriptStyle css={NO_SCRIPT_STYLE} />
      {embedTitle ? (
        <div className="mb-2 flex justify-end print:hidden">
          <EmbedButton
            target={{ kind: 'widget', widget: 'check-up', argument: lesson }}
            title={`Check-up: ${embedTitle}`}
            label={`Embed the check-up: ${embedTitle}`}
            gradable={{ checkUp: true, rounds: [] }}
            buttonClassName={embedButtonClass()}
          />
        </div>
      ) : null}
      <div data-checkup-part="interactive" className="print:hidden">
        <CheckUp lesson={lesson} questions={questions} sections={sections} lessonHref={lessonHref} />
        {/* Where "quiz me first" puts its "read the lesson" panel (components/lesson/QuizFirstFlow.tsx). */}
        <div data-quiz-first-done="" />
      </div>
      <div data-checkup-part="text" className="hidden print:block">
        <AnswerKey questions={questions} sections={sections} lessonHref={lessonHref} />
        <PrintedAnswerKey questions={questions} sections={sections} lessonHref={lessonHref} />
      </div>
    </div>
  );
}

/**
 * The MDX components of one lesson with `<CheckUp />` bound to that lesson's questions: the site's lesson page and
 * its embed both render the check-up through this. A question whose section moved fails the build here.
 */
export function withLessonCheckUp(
  components: MDXContentProps['components'],
  lesson: { slug: string; title: string; headings: readonly { id: string; text: string }[] },
  questions: Question[],
  { embedButton = false }: { embedButton?: boolean } = {},
): MDXContentProps['components'] {
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  return {
    ...components,
    CheckUp: () => <CheckUpSection lesson={lesson.slug} questions={questions} sections={sections} embedTitle={embedButton ? lesson.title : undefined} />,
  };
}
