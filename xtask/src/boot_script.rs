//! Moves Trunk's inline start-up script into a file (so the CSP needs no
//! `'unsafe-inline'`) and adds a preload of the language file the app will fetch,
//! so it downloads alongside the wasm instead of after it.

use hulpwijzer_core::keys::tree_chunk;
use hulpwijzer_core::LOCALES;
use std::fs;
use std::path::Path;

/// Picks the language exactly as the app does (URL, remembered choice, browser, Ukrainian)
/// and preloads the core texts and, on a tree's page, that tree's texts.
fn preload_js(version: &str, trees: &[String]) -> String {
    let locales = LOCALES.map(|l| format!("'{l}'")).join(",");
    let chunked: Vec<String> = trees
        .iter()
        .filter(|t| tree_chunk(t) == t.as_str())
        .map(|t| format!("'{t}'"))
        .collect();
    let chunked = chunked.join(",");
    format!(
        "(()=>{{const ours=[{locales}];const pick=t=>{{const p=(t||'').split(/[-_]/)[0].toLowerCase();return ours.includes(p)?p:null}};\
let l=pick(location.pathname.split('/')[1]);\
if(!l){{try{{l=pick(localStorage.getItem('hulpwijzer.locale'))}}catch(e){{}}}}\
if(!l){{for(const t of navigator.languages||[]){{l=pick(t);if(l)break}}}}\
l=l||'uk';const tree=location.pathname.split('/')[2];const chunks=['core'];\
if([{chunked}].includes(tree))chunks.push(tree,'outcome');\
for(const c of chunks){{const k=document.createElement('link');k.rel='preload';k.as='fetch';k.crossOrigin='anonymous';\
k.href='/locales/'+l+'-{version}/'+c+'.ftl';document.head.appendChild(k)}}}})();\n"
    )
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Rewrites `dist/index.html`: its inline module script becomes `dist/boot-<hash>.js`.
pub fn externalise(dist: &Path, locale_version: &str, trees: &[String]) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // Trunk writes `<script type="module">`, or `<script type=module>` when it minifies.
    let (start, open) = ["<script type=\"module\">", "<script type=module>"]
        .iter()
        .find_map(|open| html.find(open).map(|start| (start, *open)))
        .ok_or("index.html has no inline module script")?;
    let end = html[start..]
        .find("</script>")
        .map(|e| start + e)
        .ok_or("unclosed script")?;
    let script = format!(
        "{}{}",
        preload_js(locale_version, trees),
        &html[start + open.len()..end]
    );
    let name = format!("boot-{:016x}.js", fnv(&script));
    fs::write(dist.join(&name), script).map_err(|e| e.to_string())?;
    let tag = format!("<script type=\"module\" src=\"/{name}\"></script>");
    let rewritten = format!(
        "{}{tag}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    fs::write(&index, rewritten).map_err(|e| e.to_string())
}
