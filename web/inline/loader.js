// The loader, inline in the head of every page of the app (crates/app/src/prerender/document.rs).
// After `load`, once the browser has reported the first paint and when it is idle, it
// imports the wasm's JS glue (`data-js`), which fetches the wasm (`data-wasm`) and
// hydrates the page; then it registers the service worker. Nothing of it is fetched
// before the first paint. Data comes from the script element's attributes, so its text
// (and its CSP hash) is the same on every page and in every build.
(() => {
  const { js, wasm } = document.currentScript.dataset;
  const go = () =>
    import(js)
      .then((glue) => glue.default({ module_or_path: wasm }))
      .catch(() => {})
      .finally(() => {
        if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
      });
  const idle = () => {
    if (window.requestIdleCallback) requestIdleCallback(go, { timeout: 1500 });
    else setTimeout(go, 1);
  };
  addEventListener('load', () => {
    const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (!types.includes('paint')) return idle();
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      idle();
    }).observe({ type: 'paint', buffered: true });
  });
})();
