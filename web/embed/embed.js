/*! Hulpwijzer embed.js — EUPL-1.2. Turns each <div data-hulpwijzer> into a self-resizing
 * iframe of the portal this script is served from. No dependencies, no cookies, nothing sent
 * to the embedding site. Attributes (docs/embedding.md):
 *   data-municipality="GM0344"  the municipality, fixed in the portal
 *   data-lang="auto|uk|ru|en|nl" auto: the page's <html lang> if one of the four, else the browser's
 *   data-start="registration"   the topic to start with (default: the portal's home)
 *   data-theme="denhaag"        one of the portal's themes (default: its own look)
 *   data-allow-change           the reader may choose another municipality
 * Messages: the iframe posts {hulpwijzer: 1, type, height} to this page's origin only; this
 * script accepts them only from the portal's origin and from its own iframes. {type: 'leave',
 * url} ("leave this page quickly") replaces this page with that https address, so the
 * embedding page goes too. A frame that has not announced itself within ANNOUNCE_MS (the
 * portal refused to be framed here: frame-ancestors) is taken out and the snippet's own
 * link put back. */
(() => {
  const script = document.currentScript;
  if (!script || window.__hulpwijzerEmbed) return;
  window.__hulpwijzerEmbed = true;
  const portal = new URL(script.src).origin;
  const LANGS = ['uk', 'ru', 'en', 'nl'];
  const TITLES = {
    uk: 'Hulpwijzer — допомога людям з України',
    ru: 'Hulpwijzer — помощь людям из Украины',
    en: 'Hulpwijzer — help for people from Ukraine',
    nl: 'Hulpwijzer — hulp voor mensen uit Oekraïne',
  };
  const ours = (tag) => {
    const l = String(tag || '')
      .split(/[-_]/)[0]
      .toLowerCase();
    return LANGS.includes(l) ? l : null;
  };
  const language = (wanted) => {
    if (wanted && wanted !== 'auto') return ours(wanted) || 'nl';
    const browser = (navigator.languages || [navigator.language]).map(ours).find(Boolean);
    return ours(document.documentElement.lang) || browser || 'nl';
  };
  const frames = new Map();
  // Hosts whose frame never announced itself, with the address it had: not tried again.
  const refused = new WeakMap();
  const ANNOUNCE_MS = 10000;

  const mount = (host) => {
    const d = host.dataset;
    const lang = language(d.lang);
    const start = /^[a-z0-9-]{1,40}$/.test(d.start || '') ? d.start : '';
    const query = new URLSearchParams({ embed: location.origin });
    if (/^GM\d{4}$/.test(d.municipality || '')) query.set('m', d.municipality);
    if (/^[a-z0-9-]{1,40}$/.test(d.theme || '')) query.set('theme', d.theme);
    if ('allowChange' in d) query.set('pick', '1');
    const src = `${portal}/${lang}/${start}?${query}`;
    const current = host.querySelector('iframe[data-hulpwijzer-frame]');
    if ((current && current.src === src) || refused.get(host) === src) return;
    const fallback = current ? (frames.get(current) || {}).fallback || [] : [...host.childNodes];
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = TITLES[lang];
    frame.setAttribute('data-hulpwijzer-frame', '');
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:40rem';
    const state = { loads: 0, heard: false, fallback };
    state.timer = setTimeout(() => {
      if (state.heard || !frame.isConnected) return;
      refused.set(host, src);
      frames.delete(frame);
      host.replaceChildren(...fallback);
      console.warn(
        `Hulpwijzer: ${portal} did not answer in its frame; this page (${location.origin}) is probably not in its frame-ancestors. The link is shown instead (docs/embedding.md).`,
      );
    }, ANNOUNCE_MS);
    frames.set(frame, state);
    host.replaceChildren(frame);
  };

  addEventListener('message', (event) => {
    if (event.origin !== portal) return;
    const data = event.data;
    if (!data || data.hulpwijzer !== 1) return;
    for (const [frame, state] of frames) {
      if (frame.contentWindow !== event.source) continue;
      state.heard = true;
      clearTimeout(state.timer);
      if (data.type === 'leave') {
        let url = null;
        try {
          url = new URL(String(data.url));
        } catch {
          // Not an address: this page stays.
        }
        if (url && url.protocol === 'https:') location.replace(url.href);
        return;
      }
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) {
        frame.style.height = `${Math.ceil(height)}px`;
      }
      // A new page in the frame: bring its top into view, as a page load would.
      const moved = data.type === 'navigate' || (data.type === 'load' && state.loads++ > 0);
      if (moved) {
        const top = frame.getBoundingClientRect().top;
        if (top < 0 || top > innerHeight) scrollTo({ top: scrollY + top });
      }
    }
  });

  const all = () => {
    for (const frame of frames.keys()) if (!frame.isConnected) frames.delete(frame);
    document.querySelectorAll('[data-hulpwijzer]').forEach(mount);
  };
  const watch = () => {
    all();
    // Pages that add the element later or change its attributes (single-page sites, the
    // portal's own preview) get a frame for what the element now says.
    new MutationObserver(all).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-municipality', 'data-lang', 'data-start', 'data-theme', 'data-allow-change'],
    });
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', watch);
  else watch();
})();
