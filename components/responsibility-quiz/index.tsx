'use client';
/** The drag-and-drop responsibility-matrix quiz, loaded on demand by ./lazy.tsx. */
export { ResponsibilityQuiz, type ResponsibilityQuizProps } from './ResponsibilityQuiz';
