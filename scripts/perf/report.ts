/** Lighthouse targets from the quality-gates issue and the arithmetic the bench report uses. */

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Accessibility, best-practices and SEO audits that did not pass, as "category: audit-id". */
  failing: string[];
};

export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, cls: 0, lcpMs: 2000, tbtMs: 150 } as const;

/** The median of the numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Which targets the figures miss, in words; empty when every target is met. CLS counts as 0.00 when it rounds to it. */
export function lighthouseTargetGaps(figures: LighthouseFigures): string[] {
  const gaps: string[] = [];
  if (figures.performance < LIGHTHOUSE_TARGETS.performance) gaps.push(`performance ${figures.performance} < ${LIGHTHOUSE_TARGETS.performance}`);
  if (figures.accessibility < LIGHTHOUSE_TARGETS.accessibility) gaps.push(`accessibility ${figures.accessibility} < 100`);
  if (Number(figures.cls.toFixed(2)) > LIGHTHOUSE_TARGETS.cls) gaps.push(`CLS ${figures.cls.toFixed(2)} > 0.00`);
  if (!(figures.lcpMs < LIGHTHOUSE_TARGETS.lcpMs)) gaps.push(`LCP ${(figures.lcpMs / 1000).toFixed(2)} s >= 2.0 s`);
  if (!(figures.tbtMs < LIGHTHOUSE_TARGETS.tbtMs)) gaps.push(`TBT ${Math.round(figures.tbtMs)} ms >= 150 ms`);
  return gaps;
}
