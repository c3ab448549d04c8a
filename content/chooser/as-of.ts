/** The month the chooser's facts were last checked against AWS's pages; every limit carries it. */
export const AS_OF = '2026-12';
