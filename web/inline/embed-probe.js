// The inline script at the top of every page that makes the page an embeddable one
// (crates/app/src/prerender/embed_probe.rs). It runs before the first paint and touches only
// `<html>` and `<head>`, never the body that hydrates. When the page is in a frame opened
// by `embed.js` (the query carries `embed=<the host page's origin>`; later pages of the
// same frame find it in `window.name`), it marks `<html data-embed>` (the stylesheet then
// shows the compact header and footer and hides the frame's scrollbar), links the chosen
// theme's stylesheet (`data-themes`: `name=href` pairs), reports the page's height to the
// host page's origin only (on load and on every change of size), answers the host's
// `measure` request only from that origin and the parent window, and opens links to
// other sites in a new tab instead of the frame. A link with its own target (`_top`:
// "leave this page quickly") is left to the browser.
(() => {
  try {
    const root = document.documentElement;
    const themes = Object.fromEntries(
      document.currentScript.dataset.themes
        .split(' ')
        .filter(Boolean)
        .map((pair) => pair.split('=')),
    );
    const query = new URLSearchParams(location.search);
    let frame = null;
    const origin = query.get('embed');
    if (origin) {
      frame = { o: origin, t: query.get('theme') || '', p: query.get('pick') === '1' };
      window.name = 'hw:' + JSON.stringify(frame);
    } else if (window.name.startsWith('hw:')) {
      frame = JSON.parse(window.name.slice(3));
    }
    if (!frame || parent === window) return;
    const host = new URL(frame.o);
    if (!/^https?:$/.test(host.protocol)) return;
    const hostOrigin = host.origin;
    root.setAttribute('data-embed', hostOrigin);
    if (frame.p) root.setAttribute('data-embed-pick', '');
    if (Object.hasOwn(themes, frame.t)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = themes[frame.t];
      document.head.append(link);
      root.setAttribute('data-theme', frame.t);
    }
    const send = (type) =>
      parent.postMessage({ hulpwijzer: 1, type, height: Math.ceil(root.getBoundingClientRect().height) }, hostOrigin);
    send('load');
    new ResizeObserver(() => send('height')).observe(root);
    addEventListener('message', (event) => {
      const data = event.data;
      if (
        event.source === parent &&
        event.origin === hostOrigin &&
        data &&
        data.hulpwijzer === 1 &&
        data.type === 'measure'
      ) {
        send('height');
      }
    });
    addEventListener(
      'click',
      (event) => {
        const link = event.target.closest && event.target.closest('a[href]');
        if (!link) return;
        const to = new URL(link.href, location.href);
        if (!link.target && /^https?:$/.test(to.protocol) && to.origin !== location.origin) {
          event.preventDefault();
          open(to.href, '_blank', 'noopener');
        }
      },
      true,
    );
  } catch {
    // A page that cannot be embedded is still a page.
  }
})();
