/**
 * The diagrams' colours for both themes: mermaid's theme variables and the owner overlay (you / AWS / shared /
 * outside). Owners differ by pattern and by a text tag as well as by colour, so colour is never the only cue.
 * palette.test.ts checks every pairing for WCAG contrast: 4.5:1 for text, 3:1 for borders against the frame.
 */
import type { Owner } from './types';

export type Theme = 'light' | 'dark';
export type OwnerPattern = 'solid' | 'stripes' | 'dots' | 'dashed-outline';

/** `ink` is the pattern's second colour (stripes or dots) that text may sit on. */
export type OwnerStyle = { fill: string; ink: string; border: string; pattern: OwnerPattern };

export type BaseColours = {
  frame: string;
  text: string;
  node: string;
  nodeBorder: string;
  line: string;
  group: string;
  groupBorder: string;
  /** Selection and request highlight. */
  accent: string;
  /** Text on owner tags and hop numbers, which sit on the owner's border colour or the accent. */
  tagText: string;
};

export const BASE: Record<Theme, BaseColours> = {
  light: {
    frame: '#fafafa',
    text: '#18181b',
    node: '#ffffff',
    nodeBorder: '#71717a',
    line: '#52525b',
    group: '#f4f4f5',
    groupBorder: '#71717a',
    accent: '#174b98',
    tagText: '#ffffff',
  },
  dark: {
    frame: '#18181b',
    text: '#f4f4f5',
    node: '#27272a',
    nodeBorder: '#a1a1aa',
    line: '#a1a1aa',
    group: '#202024',
    groupBorder: '#8b8b94',
    accent: '#8cc0ff',
    tagText: '#18181b',
  },
};

export const OWNER_STYLES: Record<Theme, Record<Owner, OwnerStyle>> = {
  light: {
    you: { fill: '#e0f2fe', ink: '#e0f2fe', border: '#0369a1', pattern: 'solid' },
    aws: { fill: '#fef3c7', ink: '#fcd34d', border: '#b45309', pattern: 'stripes' },
    shared: { fill: '#ede9fe', ink: '#c4b5fd', border: '#6d28d9', pattern: 'dots' },
    outside: { fill: '#ffffff', ink: '#ffffff', border: '#52525b', pattern: 'dashed-outline' },
  },
  dark: {
    you: { fill: '#0c4a6e', ink: '#0c4a6e', border: '#7dd3fc', pattern: 'solid' },
    aws: { fill: '#451a03', ink: '#78350f', border: '#fbbf24', pattern: 'stripes' },
    shared: { fill: '#2e1065', ink: '#5b21b6', border: '#c4b5fd', pattern: 'dots' },
    outside: { fill: '#18181b', ink: '#18181b', border: '#a1a1aa', pattern: 'dashed-outline' },
  },
};

export const FONT_FAMILY = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Mermaid's "base" theme, tuned to the site's zinc neutrals. */
export function mermaidThemeVariables(theme: Theme): Record<string, string | boolean> {
  const c = BASE[theme];
  return {
    darkMode: theme === 'dark',
    background: c.frame,
    fontFamily: FONT_FAMILY,
    fontSize: '15px',
    primaryColor: c.node,
    primaryTextColor: c.text,
    primaryBorderColor: c.nodeBorder,
    secondaryColor: c.group,
    tertiaryColor: c.group,
    mainBkg: c.node,
    nodeBorder: c.nodeBorder,
    nodeTextColor: c.text,
    textColor: c.text,
    titleColor: c.text,
    lineColor: c.line,
    clusterBkg: c.group,
    clusterBorder: c.groupBorder,
    edgeLabelBackground: c.frame,
  };
}

/** CSS custom properties for both themes; the component's stylesheet picks the set that matches html.dark. */
export function paletteProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const theme of ['light', 'dark'] as const) {
    const suffix = theme === 'light' ? 'l' : 'd';
    for (const [name, value] of Object.entries(BASE[theme])) properties[`--dg-${name}-${suffix}`] = value;
    for (const [owner, style] of Object.entries(OWNER_STYLES[theme])) {
      properties[`--dg-${owner}-fill-${suffix}`] = style.fill;
      properties[`--dg-${owner}-ink-${suffix}`] = style.ink;
      properties[`--dg-${owner}-border-${suffix}`] = style.border;
    }
  }
  return properties;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const match = hex.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  if (!match) throw new Error(`expected a #rrggbb colour, got ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
