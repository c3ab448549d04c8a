/** Server and scripts only: every package the site serves, in every LMS format, from the content (lesson titles, summaries, widgets). */
import 'server-only';
import { getLessons, type LessonMeta } from '../content/lessons';
import { allEmbedTargets, lessonTitles } from '../embed/context';
import { targetTitle, type EmbedTarget } from '../embed/targets';
import { launcherScript } from './bundle';
import { WIDGET_DESCRIPTIONS, planPackage, packageSlug, type Assignable, type PackagePlan } from './catalogue';
import { allRounds, lessonRounds } from '../quiz/matrix';
import type { LmsFormat } from './format';
import { LMS_FORMATS } from './formats';

export type BuiltPackage = PackagePlan & { slug: string; target: EmbedTarget; format: LmsFormat; zip: Uint8Array };

/** What a target shows that an assignment may count: a lesson's check-up and rounds, the quiz's rounds. */
export function availableIn(target: EmbedTarget, lesson?: LessonMeta): Assignable {
  if (target.kind === 'lesson') {
    const rounds = lesson?.widgets.includes('ResponsibilityQuiz') ? lessonRounds().map((round) => round.id) : [];
    return { checkUp: Boolean(lesson?.checkUp), rounds };
  }
  if (target.widget === 'responsibility-quiz') return { checkUp: false, rounds: allRounds().map((round) => round.id) };
  return { checkUp: target.widget === 'check-up', rounds: [] };
}

export async function buildAllPackages(origin: string, formats: readonly LmsFormat[] = LMS_FORMATS): Promise<BuiltPackage[]> {
  const lessons = new Map<string, LessonMeta>(getLessons().map((lesson) => [lesson.slug, lesson]));
  const titles = lessonTitles();
  const built: BuiltPackage[] = [];
  for (const format of formats) {
    const launcherJs = await launcherScript(format);
    for (const target of allEmbedTargets()) {
      const lesson = target.kind === 'lesson' ? lessons.get(target.slug) : undefined;
      const plan = planPackage({
        origin,
        target,
        title: targetTitle(target, titles),
        description: lesson ? lesson.summary : target.kind === 'widget' ? WIDGET_DESCRIPTIONS[target.widget] : '',
        lessonWidgets: lesson?.widgets,
        available: availableIn(target, lesson),
        launcherJs,
        formatId: format.id,
      });
      built.push({ ...plan, slug: packageSlug(target), target, format, zip: format.archive(format.files(plan.input)) });
    }
  }
  return built;
}
