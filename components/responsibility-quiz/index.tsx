'use client';
/** The drag-and-drop responsibility-matrix quiz, loaded on demand by components/mdx/widgets.tsx. */
export { ResponsibilityQuiz, type ResponsibilityQuizProps } from './ResponsibilityQuiz';
