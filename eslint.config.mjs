// ESLint for the browser scripts in `web/` and the staff page's decryption module (run by
// `cargo xtask test`).
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
    // A module of the page that is also its own worker.
    files: ['src/platform/age_module.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['web/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
];
