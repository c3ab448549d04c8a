import { describe, expect, it } from 'vitest';
import { BASE, contrastRatio, luminance, mermaidThemeVariables, OWNER_STYLES, paletteProperties, type Theme } from './palette';
import { OWNERS } from './types';

const themes: Theme[] = ['light', 'dark'];

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => luminance('red')).toThrow('expected a #rrggbb colour, got red');
  });
});

describe.each(themes)('the %s palette', (theme) => {
  const base = BASE[theme];

  it('keeps box text readable (4.5:1) on plain boxes, groups and the frame', () => {
    for (const background of [base.node, base.group, base.frame]) expect(contrastRatio(base.text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps box borders, group borders and arrows visible (3:1) against the frame', () => {
    for (const colour of [base.nodeBorder, base.groupBorder, base.line, base.accent]) expect(contrastRatio(colour, base.frame)).toBeGreaterThanOrEqual(3);
  });

  it.each(OWNERS)('keeps text readable on "%s" boxes, on both colours of the pattern, and the border and tag visible', (owner) => {
    const style = OWNER_STYLES[theme][owner];
    expect(contrastRatio(base.text, style.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(base.text, style.ink)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(style.border, base.frame)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(base.tagText, style.border)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives hop numbers readable text on the accent', () => {
    expect(contrastRatio(base.tagText, base.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells owners apart by pattern, not only by colour', () => {
    const patterns = OWNERS.map((owner) => OWNER_STYLES[theme][owner].pattern);
    expect(new Set(patterns).size).toBe(OWNERS.length);
  });

  it('feeds mermaid the same neutrals', () => {
    expect(mermaidThemeVariables(theme)).toMatchObject({ primaryTextColor: base.text, clusterBorder: base.groupBorder, darkMode: theme === 'dark' });
  });
});

describe('paletteProperties', () => {
  it('exposes both themes as custom properties', () => {
    const properties = paletteProperties();
    expect(properties['--dg-aws-fill-l']).toBe(OWNER_STYLES.light.aws.fill);
    expect(properties['--dg-aws-fill-d']).toBe(OWNER_STYLES.dark.aws.fill);
    expect(properties['--dg-accent-d']).toBe(BASE.dark.accent);
  });
});
