// ESLint for the browser scripts in `web/` (run by `cargo xtask test`).
import js from '@eslint/js';
import globals from 'globals';

export default [
  // What esbuild writes from web/inline/ (`cargo xtask scripts`).
  { ignores: ['web/inline/min/'] },
  js.configs.recommended,
  {
    // Inline in the pages: classic scripts that read their data from their own element.
    files: ['web/inline/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // The A–Z pages' search module, bundled with MiniSearch by esbuild (decision 29).
    files: ['web/search/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker, HW: 'readonly' } },
  },
  {
    // The snippet's script on a municipality's page (docs/embedding.md), minified by esbuild.
    files: ['web/embed/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // The staff page's decryption module (decision 12), bundled with age-encryption by
    // esbuild: a module of the page that is also its own worker (decision 26).
    files: ['web/staff/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['web/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
];
