// The language chooser at `/` (crates/app/src/prerender/document.rs): goes at once to the language
// this browser chose before (`data-key` in localStorage), else to the first of the
// browser's languages the portal has (`data-locales`, the core's list), else to the first
// of the portal's. Without JavaScript the page lists the four languages.
(() => {
  const { locales, key } = document.currentScript.dataset;
  const ours = locales.split(' ');
  const pick = (tag) => {
    const language = (tag || '').split(/[-_]/)[0].toLowerCase();
    return ours.includes(language) ? language : null;
  };
  let chosen = null;
  try {
    chosen = pick(localStorage.getItem(key));
  } catch {
    // Storage refused (a private window, a policy): the browser's languages decide.
  }
  for (const tag of navigator.languages || []) {
    if (chosen) break;
    chosen = pick(tag);
  }
  location.replace(`/${chosen || ours[0]}/`);
})();
