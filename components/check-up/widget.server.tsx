/**
 * The check-up's server part. In a lesson, the lesson page binds `<CheckUp />` to its questions
 * (CheckUpSection.withLessonCheckUp), so there is no lesson view here. /embed/widgets/check-up/<lesson-slug>: one
 * lesson's check-up; results go through recordResult like every widget (the embed runtime posts them to the host),
 * and "reread" links open the lesson on the site in a new tab.
 */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { compileLesson } from '@/lib/content/compile';
import { lessonQuestions } from '@/lib/questions/load';
import { CheckUpSection } from './CheckUpSection';
import { checkUpWidget } from './widget';

async function CheckUpEmbed({ slug }: { slug: string }) {
  const lesson = (await compileLesson(slug))!;
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  const questions = lessonQuestions(
    slug,
    lesson.headings.map((heading) => heading.id),
  );
  return <CheckUpSection lesson={slug} questions={questions} sections={sections} lessonHref={`/lessons/${slug}`} />;
}

export const checkUpServer = {
  descriptor: checkUpWidget,
  LessonView: null,
  embed: { render: (lesson) => <CheckUpEmbed slug={lesson} /> },
} satisfies WidgetServerPart<typeof checkUpWidget>;
