/**
 * What an instructor can embed or package, for /teach: one row per embed target (lib/embed/context.ts
 * allEmbedTargets, itself derived from the widget registry and the lessons), with its embed route, its SCORM
 * package and what a graded package counts (lib/lms/scorm12/catalogue.ts). Server only.
 */
import 'server-only';
import { getLessons, type LessonMeta } from '../content/lessons';
import { allEmbedTargets, lessonTitles } from '../embed/context';
import { embedPath, quizRoundPagePath, targetTitle, type EmbedTarget } from '../embed/targets';
import { embedUrl } from '../embed/snippets';
import { allRounds } from '../quiz/matrix';
import { assignableOf, packagePath } from '../lms/catalogue';
import { availableIn } from '../lms/build';
import { PART_LABELS } from '../assignment/labels';

export type TeachItem = { target: EmbedTarget; title: string; embed: string; scorm: string; graded: string };

export function teachCatalogue(): TeachItem[] {
  const titles = lessonTitles();
  const lessons = new Map<string, LessonMeta>(getLessons().map((lesson) => [lesson.slug, lesson]));
  return allEmbedTargets().map((target) => {
    const parts = assignableOf(target, availableIn(target, target.kind === 'lesson' ? lessons.get(target.slug) : undefined));
    return {
      target,
      title: targetTitle(target, titles),
      embed: embedPath(target),
      scorm: packagePath(target),
      graded: parts.length
        ? parts.map((part, index) => (index ? PART_LABELS[part].toLowerCase() : PART_LABELS[part])).join(' and ')
        : 'Not graded: completion only',
    };
  });
}

export type TeachRound = { id: string; title: string; page: string; embed: string };

/** The quiz's rounds, each with its own page (Embed / Download of that round alone) and its embed route. */
export function teachRounds(): TeachRound[] {
  const quiz = { kind: 'widget', widget: 'responsibility-quiz' } as const;
  return allRounds().map((round) => ({
    id: round.id,
    title: round.title,
    page: quizRoundPagePath(round.id),
    embed: embedUrl({ origin: '', target: quiz, options: { round: round.id } }),
  }));
}
