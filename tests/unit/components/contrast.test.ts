import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/present/contrast';

const CSS = readFileSync(join(__dirname, '../../../entrypoints/popup/popup.css'), 'utf8');

/** The custom properties of the first `:root { … }` block in `css`. */
function tokens(css: string): Record<string, string> {
  const block = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}
const LIGHT = tokens(CSS);
const DARK = { ...LIGHT, ...tokens(CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)'))) };

/** [foreground, background] pairs that carry text (4.5:1) or meaning without text (3:1). */
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'], ['fg', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['accent', 'bg'], ['accent', 'surface'],
  ['info-fg', 'info-bg'], ['warn-fg', 'warn-bg'], ['neutral-fg', 'neutral-bg'], ['loaded-fg', 'loaded-bg'], ['loaded-fg', 'surface'],
  ['fg', 'chip-bg'], ['muted', 'chip-bg'],
  ...(['agrees', 'disputes', 'revises', 'context', 'derived'] as const).flatMap((s): [string, string][] => [[s, 'bg'], [s, 'surface']]),
];
const GRAPHIC_PAIRS: [string, string][] = [['bar-fill', 'bar-track'], ['bar-fill', 'surface'], ['focus', 'bg'], ['focus', 'surface']];

describe('contrast ratio', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0a57ad', '#ffffff')).toBeGreaterThan(4.5);
  });
});

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('%s theme meets WCAG 2.2 AA', (_theme, palette) => {
  it('defines every token it uses', () => {
    for (const [a, b] of [...TEXT_PAIRS, ...GRAPHIC_PAIRS]) {
      expect(palette[a], a).toMatch(/^#/);
      expect(palette[b], b).toMatch(/^#/);
    }
  });
  it.each(TEXT_PAIRS)('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_PAIRS)('graphic %s against %s ≥ 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('options page tokens meet WCAG 2.2 AA', () => {
  const OPTIONS_CSS = readFileSync(join(__dirname, '../../../entrypoints/options/options.css'), 'utf8');
  const light = tokens(OPTIONS_CSS);
  const dark = { ...light, ...tokens(OPTIONS_CSS.slice(OPTIONS_CSS.indexOf('@media (prefers-color-scheme: dark)'))) };
  const text: [string, string][] = [['fg', 'bg'], ['fg', 'card'], ['muted', 'card'], ['accent', 'bg'], ['error', 'card'], ['error', 'bg'], ['ok', 'bg'], ['warn-fg', 'warn-bg']];
  // Switches, fields and buttons are drawn by their border; the switch's "on" state by the accent fill.
  const graphic: [string, string][] = [['control', 'bg'], ['control', 'card'], ['accent', 'card'], ['bg', 'accent']];
  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s theme', (_theme, palette) => {
    for (const [fg, bg] of text) expect(contrastRatio(palette[fg]!, palette[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [fg, bg] of graphic) expect(contrastRatio(palette[fg]!, palette[bg]!), `${fg} against ${bg}`).toBeGreaterThanOrEqual(3);
  });
});
