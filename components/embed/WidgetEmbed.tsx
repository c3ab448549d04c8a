/**
 * A widget as it appears in a lesson or on a practice page, with its Embed button above it (server component; the
 * button is the only client code it adds).
 */
import type { EmbedTarget } from '@/lib/embed/targets';
import { EMBED_WIDGETS } from '@/lib/embed/targets';
import { allRounds, getResponsibilityMatrix, lessonRounds } from '@/lib/quiz/matrix';
import type { LessonMeta } from '@/lib/content/lessons';
import { CHECKLIST_IDS } from '@/lib/checklists/types';
import { getChecklist } from '@/lib/checklists/load';
import { EmbedButton } from './EmbedButton';
import { embedButtonClass } from './embedButtonClass';
import type { EmbedChoice } from './types';

export function quizRoundChoices(): EmbedChoice[] {
  return allRounds(getResponsibilityMatrix()).map((round) => ({ id: round.id, title: round.title }));
}

/** What a lesson's assignment may count: its check-up, and the quiz rounds it shows. */
export function lessonGradable(lesson: Pick<LessonMeta, 'checkUp' | 'widgets'>): { checkUp: boolean; rounds: EmbedChoice[] } {
  const rounds = lesson.widgets.includes('ResponsibilityQuiz')
    ? lessonRounds(getResponsibilityMatrix()).map((round) => ({ id: round.id, title: round.title }))
    : [];
  return { checkUp: lesson.checkUp, rounds };
}

export function checklistChoices(): EmbedChoice[] {
  return CHECKLIST_IDS.map((id) => ({ id, title: getChecklist(id).title }));
}

/** The Embed button for a widget target, with the choices its options need. */
export function WidgetEmbedButton({ target }: { target: Extract<EmbedTarget, { kind: 'widget' }> }) {
  const title = target.widget === 'checklist' && target.argument !== undefined ? getChecklist(target.argument).title : EMBED_WIDGETS[target.widget].title;
  return (
    <EmbedButton
      buttonClassName={embedButtonClass()}
      target={target}
      title={title}
      label={`Embed: ${title}`}
      rounds={target.widget === 'responsibility-quiz' ? quizRoundChoices() : undefined}
      gradable={
        target.widget === 'responsibility-quiz'
          ? { checkUp: false, rounds: quizRoundChoices() }
          : target.widget === 'check-up'
            ? { checkUp: true, rounds: [] }
            : undefined
      }
      checklists={target.widget === 'checklist' ? checklistChoices() : undefined}
    />
  );
}

export function WithEmbedButton({ target, children }: { target: Extract<EmbedTarget, { kind: 'widget' }>; children: React.ReactNode }) {
  return (
    <div className="not-prose my-8">
      {/* Overlaps the widget's own top margin, so the button sits just above it. */}
      <div className="-mb-6 flex justify-end">
        <WidgetEmbedButton target={target} />
      </div>
      {children}
    </div>
  );
}
