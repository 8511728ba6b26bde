/**
 * The public style tokens: one table for the styles (base.styles.ts turns it
 * into CSS) and for the documentation (the manifest plugin in
 * custom-elements-manifest.config.mjs fills each `@cssproperty` from it, with
 * its purpose). Pure data, no Lit, so Node can read it from dist/. The
 * purposes are a separate export so the browser bundles, which never show
 * them, leave them out.
 *
 * Every colour pair the widgets draw text with measures at least 4.5:1 (UI
 * parts 3:1) in both schemes: tests/components/theming.test.ts measures them.
 */
export interface Token {
  /** Without the `--fw-` prefix. */
  name: string;
  /** Default on a light page. */
  light: string;
  /** Default on a dark page (the same as `light` for tokens that do not change). */
  dark: string;
}

export const TOKENS: readonly Token[] = [
  { name: 'accent', light: '#0a5ab0', dark: '#82bcff' },
  { name: 'on-accent', light: '#ffffff', dark: '#0b1a2e' },
  { name: 'text', light: '#1d2330', dark: '#e8ebf1' },
  { name: 'muted', light: '#545d6c', dark: '#a9b2c1' },
  { name: 'surface', light: '#ffffff', dark: '#171b22' },
  { name: 'subtle', light: '#f1f4f8', dark: '#232a36' },
  { name: 'border', light: '#d5dae3', dark: '#3a4252' },
  { name: 'field-border', light: '#7d8696', dark: '#7f899b' },
  { name: 'success', light: '#11704d', dark: '#5fd3a6' },
  { name: 'warning', light: '#855600', dark: '#f5c451' },
  { name: 'danger', light: '#b3261e', dark: '#ff8a80' },
  { name: 'focus', light: '#0a5ab0', dark: '#82bcff' },
  { name: 'radius', light: '12px', dark: '12px' },
  { name: 'font', light: 'inherit', dark: 'inherit' },
];

/** What each token colours or sets, for the reference (custom-elements.json, docs/reference.md). */
export const PURPOSES: Readonly<Record<string, string>> = {
  accent: 'Accent: the key figure, chart, meters, links and tags.',
  'on-accent': 'Text on the accent (the key figure).',
  text: 'Text.',
  muted: 'Secondary text: hints, notes, captions, counts.',
  surface: 'Background under all of a widget’s text.',
  subtle: 'Tiles, highlighted rows and meter tracks.',
  border: 'The card’s border and table rules.',
  'field-border': 'Borders of inputs and selects (3:1 against the surface).',
  success: 'Met criteria.',
  warning: 'Drop risks.',
  danger: 'Messages for values that cannot be used.',
  focus: 'The keyboard focus ring.',
  radius: 'Corner radius of the card; controls and tiles use a fraction of it.',
  font: 'Font family; the page’s by default.',
};
