/**
 * The public style tokens: one table for the styles (base.styles.ts turns it
 * into CSS) and for the documentation (the manifest plugin in
 * custom-elements-manifest.config.mjs fills each `@cssproperty` from it).
 * Pure data, no Lit, so Node can read it from dist/.
 *
 * Every colour pair the widgets draw text with measures at least 4.5:1 (UI
 * parts 3:1) in both schemes; the pairs and their ratios are checked by
 * tests/components/theming.test.ts.
 */
export interface Token {
  /** Without the `--fw-` prefix. */
  name: string;
  /** Default on a light page. */
  light: string;
  /** Default on a dark page (the same as `light` for tokens that do not change). */
  dark: string;
  purpose: string;
}

export const TOKENS: readonly Token[] = [
  { name: 'accent', light: '#0a5ab0', dark: '#82bcff', purpose: 'Accent: the key figure, chart, meters, links and tags.' },
  { name: 'on-accent', light: '#ffffff', dark: '#0b1a2e', purpose: 'Text on the accent (the key figure).' },
  { name: 'text', light: '#1d2330', dark: '#e8ebf1', purpose: 'Text.' },
  { name: 'muted', light: '#545d6c', dark: '#a9b2c1', purpose: 'Secondary text: hints, notes, captions, counts.' },
  { name: 'surface', light: '#ffffff', dark: '#171b22', purpose: 'Background under all of a widget’s text.' },
  { name: 'subtle', light: '#f1f4f8', dark: '#232a36', purpose: 'Tiles, highlighted rows and meter tracks.' },
  { name: 'border', light: '#d5dae3', dark: '#3a4252', purpose: 'The card’s border and table rules.' },
  { name: 'field-border', light: '#7d8696', dark: '#7f899b', purpose: 'Borders of inputs and selects (3:1 against the surface).' },
  { name: 'success', light: '#11704d', dark: '#5fd3a6', purpose: 'Met criteria.' },
  { name: 'warning', light: '#855600', dark: '#f5c451', purpose: 'Drop risks.' },
  { name: 'danger', light: '#b3261e', dark: '#ff8a80', purpose: 'Messages for values that cannot be used.' },
  { name: 'focus', light: '#0a5ab0', dark: '#82bcff', purpose: 'The keyboard focus ring.' },
  { name: 'radius', light: '12px', dark: '12px', purpose: 'Corner radius of the card; controls and tiles use a fraction of it.' },
  { name: 'font', light: 'inherit', dark: 'inherit', purpose: 'Font family; the page’s by default.' },
];
