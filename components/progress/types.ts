/** What the /progress page hands to the browser: each lesson with its question ids, and each question's link. */
export type ProgressLesson = { slug: string; title: string; questionIds: string[] };
export type ProgressQuestion = { id: string; lesson: string; prompt: string; section: string; sectionTitle: string; lessonTitle: string };
