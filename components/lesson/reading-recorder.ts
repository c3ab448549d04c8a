/** Notes the section being read as where the learner stopped (loaded on demand by LessonBehaviours, with the store). */
import { updateWidgetSlice } from '@/components/learner/actions';
import { isReadingSlice, lessonOfPath, noteReading, READING_KEY } from '@/lib/learner/reading-position';

export function noteSection(section: string, title: string): void {
  const lesson = lessonOfPath(location.pathname);
  if (!lesson) return;
  updateWidgetSlice(READING_KEY, isReadingSlice, {}, (slice) => noteReading(slice, lesson, section, title, new Date()));
}
