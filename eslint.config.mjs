// `npm run lint` (with Prettier's check): TypeScript, Lit templates and web-component rules.
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'cdn',
      'cdn-test',
      'build',
      '.scratch',
      'coverage',
      'site',
      'bench/generated',
      'bench/results',
      'src/generated',
      'custom-elements.json',
      'types/jsx-integration.d.ts',
      'types/vue.d.ts',
      'types/svelte.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Every msg() names its id: the CDN build drops lit-localize's hashing (rollup.config.mjs),
      // and the id prefix picks the widget's translation file (scripts/split-locales.mjs).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='msg'][arguments.length<2]",
          message: "Give every msg() an id: msg('…', { id: 'r12' }).",
        },
        {
          selector: "CallExpression[callee.property.name='innerHTML'], AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: render with Lit templates (strict CSP, no injected markup).',
        },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'No unsafeHTML: everything is escaped by Lit.' },
      ],
    },
  },
  {
    // The core is pure: no DOM, no Lit, no msg(). It runs in Node and in workers as well as pages.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '../internal/*', '../components/*', '../styles/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // <fiverr-level-meter on-time-rate="…"> is our attribute (API.md), not Lit 1's "on-" event syntax.
      'lit/no-legacy-template-syntax': 'off',
    },
  },
);
