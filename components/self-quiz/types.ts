/** The question shape /quiz hands to the browser: a bank question with its lesson and section titles. */
import type { BankQuestion } from '@/lib/questions/schema';

export type QuizQuestion = BankQuestion & { lessonTitle: string; sectionTitle: string };
export type QuizLesson = { slug: string; title: string };
export type QuizRoundLink = { id: string; title: string };
