//! The inline script at the top of every page that makes the page an embeddable one.
//!
//! It runs before the first paint and touches only `<html>` and `<head>`, never the body
//! that hydrates. When the page is in a frame opened by `embed.js` (the query carries
//! `embed=<the host page's origin>`, later pages of the same frame find it in
//! `window.name`), it marks `<html data-embed>` (the stylesheet then shows the compact
//! header and footer and hides the frame's scrollbar), links the chosen theme's
//! stylesheet, reports the page's height to the host page's origin only (on load and on
//! every change of size), answers the host's `measure` request only from that origin and
//! the parent window, and opens links to other sites in a new tab instead of the frame.
//! A link with its own target (`_top`: "leave this page quickly") is left to the browser.
//! The app reads the marks after hydration (`crate::embed`).

use std::fmt::Write as _;

/// The script's body for these themes (name, stylesheet); the same on every page, so one
/// CSP hash allows it everywhere.
pub fn script(themes: &[(String, String)]) -> String {
    let mut map = String::from("{");
    for (i, (name, href)) in themes.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(map, "{sep}\"{name}\":\"{href}\"");
    }
    map.push('}');
    format!(
        "(()=>{{try{{const d=document.documentElement,q=new URLSearchParams(location.search);let c=null;\
const o=q.get('embed');\
if(o){{c={{o,t:q.get('theme')||'',p:q.get('pick')==='1'}};window.name='hw:'+JSON.stringify(c)}}\
else if(window.name.startsWith('hw:'))c=JSON.parse(window.name.slice(3));\
if(!c||parent===window)return;const u=new URL(c.o);if(!/^https?:$/.test(u.protocol))return;const P=u.origin;\
d.setAttribute('data-embed',P);if(c.p)d.setAttribute('data-embed-pick','');\
const T={map};if(Object.hasOwn(T,c.t)){{const l=document.createElement('link');l.rel='stylesheet';l.href=T[c.t];document.head.append(l);d.setAttribute('data-theme',c.t)}}\
const send=t=>parent.postMessage({{hulpwijzer:1,type:t,height:Math.ceil(d.getBoundingClientRect().height)}},P);\
send('load');new ResizeObserver(()=>send('height')).observe(d);\
addEventListener('message',e=>{{if(e.source===parent&&e.origin===P&&e.data&&e.data.hulpwijzer===1&&e.data.type==='measure')send('height')}});\
addEventListener('click',e=>{{const a=e.target.closest&&e.target.closest('a[href]');if(!a)return;const h=new URL(a.href,location.href);\
if(!a.target&&/^https?:$/.test(h.protocol)&&h.origin!==location.origin){{e.preventDefault();open(h.href,'_blank','noopener')}}}},true)\
}}catch(e){{}}}})()"
    )
}

#[cfg(test)]
mod tests {
    use super::script;

    #[test]
    fn names_each_theme_once_and_never_closes_the_script_early() {
        let themes = vec![("denhaag".to_owned(), "/themes/denhaag-1.css".to_owned())];
        let js = script(&themes);
        assert!(js.contains("const T={\"denhaag\":\"/themes/denhaag-1.css\"}"));
        assert!(!js.contains("</"));
        assert!(script(&[]).contains("const T={}"));
    }
}
