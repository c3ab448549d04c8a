/** Server and scripts only: every package the site serves, from the content (lesson titles, summaries, widgets). */
import 'server-only';
import { getLessons, type LessonMeta } from '../content/lessons';
import { allEmbedTargets, lessonTitles } from '../embed/context';
import { targetTitle, type EmbedTarget } from '../embed/targets';
import { launcherScript } from './bundle';
import { WIDGET_DESCRIPTIONS, planPackage, packageSlug, type PackagePlan } from './catalogue';
import { packageFiles, zipPackage } from './package';

export type BuiltPackage = PackagePlan & { slug: string; target: EmbedTarget; zip: Uint8Array };

export async function buildAllPackages(origin: string): Promise<BuiltPackage[]> {
  const launcherJs = await launcherScript();
  const lessons = new Map<string, LessonMeta>(getLessons().map((lesson) => [lesson.slug, lesson]));
  const titles = lessonTitles();
  return allEmbedTargets().map((target) => {
    const lesson = target.kind === 'lesson' ? lessons.get(target.slug) : undefined;
    const plan = planPackage({
      origin,
      target,
      title: targetTitle(target, titles),
      description: lesson ? lesson.summary : target.kind === 'widget' ? WIDGET_DESCRIPTIONS[target.widget] : '',
      lessonWidgets: lesson?.widgets,
      launcherJs,
    });
    return { ...plan, slug: packageSlug(target), target, zip: zipPackage(packageFiles(plan.input)) };
  });
}
