//! Reading the page aloud with the browser's own speech synthesis (`speechSynthesis`):
//! no audio service and no request to anyone. The main content is read one sentence at
//! a time, in the page's language only (a desk card's other language is skipped), and
//! the sentence being read is highlighted with the CSS Custom Highlight API when the
//! browser has it (the page's DOM is not touched, so hydration is never disturbed).
//! One utterance per sentence means the highlight follows each utterance's `start`
//! event, which browsers fire even where word `boundary` events are missing.
//! Outside a browser every function does nothing.

use std::rc::Rc;

// Used by the browser side (and the tests) only.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// Sentences of a text: `[start, end)` char indices, trimmed, none empty. A sentence
/// ends at `.`, `!`, `?` or `…` followed by white space, or at the end of the text.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let ends = matches!(chars[i], '.' | '!' | '?' | '…')
            && chars.get(i + 1).is_none_or(|c| c.is_whitespace());
        if ends || i + 1 == chars.len() {
            let mut s = start;
            let mut e = i + 1;
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if s < e {
                out.push((s, e));
            }
            start = i + 1;
        }
    }
    out
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// Whether a BCP 47 tag (`uk-UA`, `nl_BE`) is in `locale`'s language.
pub fn same_language(tag: &str, locale: &str) -> bool {
    tag.split(['-', '_'])
        .next()
        .is_some_and(|primary| primary.eq_ignore_ascii_case(locale))
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{same_language, split_sentences};
    use js_sys::{Array, Function, Reflect};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, Node, Range, SpeechSynthesis, SpeechSynthesisUtterance};

    const HIGHLIGHT: &str = "hw-reading";
    const SKIP: &str = "[data-no-read], button, script, style, noscript, template, [hidden], \
        [aria-hidden=\"true\"], select, textarea, option, .back-link";
    const BLOCKS: &str =
        "h1, h2, h3, h4, p, li, dt, dd, td, th, label, legend, summary, figcaption, blockquote";

    thread_local! {
        /// Bumped by every start and stop, so late events of an earlier reading are ignored.
        static RUN: Cell<u32> = const { Cell::new(0) };
    }

    fn synth() -> Option<SpeechSynthesis> {
        let window = web_sys::window()?;
        let value = Reflect::get(&window, &"speechSynthesis".into()).ok()?;
        (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
    }

    fn voice(synth: &SpeechSynthesis, locale: &str) -> Option<JsValue> {
        synth.get_voices().iter().find(|v| {
            Reflect::get(v, &"lang".into())
                .ok()
                .and_then(|l| l.as_string())
                .is_some_and(|l| same_language(&l, locale))
        })
    }

    pub fn has_voice(locale: &str) -> bool {
        synth().is_some_and(|s| voice(&s, locale).is_some())
    }

    pub fn on_voices_changed(f: impl Fn() + 'static) {
        if let Some(s) = synth() {
            let f = Closure::<dyn FnMut()>::new(f).into_js_value();
            s.set_onvoiceschanged(Some(f.unchecked_ref()));
        }
    }

    struct Sentence {
        text: String,
        range: Option<Range>,
    }

    fn lang_of(e: &Element) -> Option<String> {
        e.closest("[lang]").ok()??.get_attribute("lang")
    }

    /// The text nodes of `main` to read, grouped by the block they are in.
    fn blocks(locale: &str) -> Vec<Vec<(Node, String)>> {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return Vec::new();
        };
        let Some(main) = doc.query_selector("main").ok().flatten() else {
            return Vec::new();
        };
        let Ok(walker) = doc.create_tree_walker_with_what_to_show(&main, 0x4) else {
            return Vec::new();
        };
        let mut out: Vec<(Element, Vec<(Node, String)>)> = Vec::new();
        while let Ok(Some(node)) = walker.next_node() {
            let Some(parent) = node.parent_element() else {
                continue;
            };
            let text = node.node_value().unwrap_or_default();
            let skipped = parent.closest(SKIP).ok().flatten().is_some();
            let other_language = lang_of(&parent).is_some_and(|l| !same_language(&l, locale));
            if skipped || other_language || text.trim().is_empty() {
                continue;
            }
            let block = parent
                .closest(BLOCKS)
                .ok()
                .flatten()
                .unwrap_or(main.clone());
            match out.last_mut() {
                Some((b, nodes)) if *b == block => nodes.push((node, text)),
                _ => out.push((block, vec![(node, text)])),
            }
        }
        out.into_iter().map(|(_, nodes)| nodes).collect()
    }

    /// Where a UTF-16 offset of a block's text falls: the node and the offset in it.
    fn locate(nodes: &[(Node, String)], starts: &[u32], at: u32) -> Option<(Node, u32)> {
        let i = starts.iter().rposition(|s| *s <= at)?;
        Some((nodes[i].0.clone(), at - starts[i]))
    }

    fn sentences(locale: &str) -> Vec<Sentence> {
        let doc = web_sys::window().and_then(|w| w.document());
        let mut out = Vec::new();
        for nodes in blocks(locale) {
            let text: String = nodes.iter().map(|(_, t)| t.as_str()).collect();
            let mut starts = Vec::new();
            let mut total = 0u32;
            for (_, t) in &nodes {
                starts.push(total);
                total += t.encode_utf16().count() as u32;
            }
            // UTF-16 offset of each char, for the ranges.
            let mut utf16 = Vec::new();
            let mut at = 0u32;
            for c in text.chars() {
                utf16.push(at);
                at += c.len_utf16() as u32;
            }
            utf16.push(at);
            let chars: Vec<char> = text.chars().collect();
            for (s, e) in split_sentences(&text) {
                let words: String = chars[s..e].iter().collect();
                let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
                let range = doc.as_ref().and_then(|d| {
                    let range = d.create_range().ok()?;
                    let (start_node, start_offset) = locate(&nodes, &starts, utf16[s])?;
                    let (end_node, end_offset) = locate(&nodes, &starts, utf16[e] - 1)?;
                    range.set_start(&start_node, start_offset).ok()?;
                    range.set_end(&end_node, end_offset + 1).ok()?;
                    Some(range)
                });
                out.push(Sentence { text: words, range });
            }
        }
        out
    }

    fn highlights() -> Option<JsValue> {
        let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
        let registry = Reflect::get(&css, &"highlights".into()).ok()?;
        (!registry.is_undefined()).then_some(registry)
    }

    fn call(target: &JsValue, method: &str, args: &Array) {
        if let Ok(f) = Reflect::get(target, &method.into()).and_then(|f| f.dyn_into::<Function>()) {
            let _ = Reflect::apply(&f, target, args);
        }
    }

    fn clear_highlight() {
        if let Some(registry) = highlights() {
            call(&registry, "delete", &Array::of1(&HIGHLIGHT.into()));
        }
    }

    fn highlight(range: Option<&Range>) {
        let (Some(registry), Some(range)) = (highlights(), range) else {
            return;
        };
        let ctor = Reflect::get(&js_sys::global(), &"Highlight".into())
            .and_then(|c| c.dyn_into::<Function>());
        if let Ok(h) = ctor.and_then(|c| Reflect::construct(&c, &Array::of1(range))) {
            call(&registry, "set", &Array::of2(&HIGHLIGHT.into(), &h));
        }
    }

    fn tag(locale: &str) -> &'static str {
        match locale {
            "uk" => "uk-UA",
            "ru" => "ru-RU",
            "en" => "en-GB",
            _ => "nl-NL",
        }
    }

    pub fn read_main(locale: &str, done: Rc<dyn Fn()>) -> bool {
        let Some(synth) = synth() else {
            return false;
        };
        // A new reading replaces any other; cancel only when something is queued (some
        // browsers drop an utterance spoken right after a needless cancel).
        RUN.with(|r| r.set(r.get().wrapping_add(1)));
        clear_highlight();
        if synth.speaking() || synth.pending() {
            synth.cancel();
        }
        let run = RUN.with(|r| r.get());
        let current = move || RUN.with(|r| r.get()) == run;
        let sentences = sentences(locale);
        if sentences.is_empty() {
            return false;
        }
        let voice = voice(&synth, locale);
        let last = sentences.len().saturating_sub(1);
        for (i, sentence) in sentences.into_iter().enumerate() {
            let Ok(u) = SpeechSynthesisUtterance::new_with_text(&sentence.text) else {
                continue;
            };
            u.set_lang(tag(locale));
            if let Some(v) = &voice {
                u.set_voice(Some(v.unchecked_ref()));
            }
            let range = sentence.range;
            let start = Closure::<dyn FnMut()>::new(move || {
                if current() {
                    highlight(range.as_ref());
                }
            });
            u.set_onstart(Some(start.into_js_value().unchecked_ref()));
            let finish = {
                let done = done.clone();
                move || {
                    if current() {
                        clear_highlight();
                        done();
                    }
                }
            };
            let error = Closure::<dyn FnMut()>::new(finish.clone());
            u.set_onerror(Some(error.into_js_value().unchecked_ref()));
            if i == last {
                let end = Closure::<dyn FnMut()>::new(finish);
                u.set_onend(Some(end.into_js_value().unchecked_ref()));
            }
            synth.speak(&u);
        }
        true
    }

    pub fn pause() {
        if let Some(s) = synth() {
            s.pause();
        }
    }

    pub fn resume() {
        if let Some(s) = synth() {
            s.resume();
        }
    }

    pub fn stop() {
        RUN.with(|r| r.set(r.get().wrapping_add(1)));
        clear_highlight();
        if let Some(s) = synth() {
            s.cancel();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use std::rc::Rc;

    pub fn has_voice(_: &str) -> bool {
        false
    }
    pub fn on_voices_changed(_: impl Fn() + 'static) {}
    pub fn read_main(_: &str, _: Rc<dyn Fn()>) -> bool {
        false
    }
    pub fn pause() {}
    pub fn resume() {}
    pub fn stop() {}
}

/// Whether the device has a voice for `locale` (`uk`).
pub fn has_voice(locale: &str) -> bool {
    web::has_voice(locale)
}

/// Calls `f` when the device's voices change (browsers often list them only later).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    web::on_voices_changed(f);
}

/// Reads the page's main content in `locale`, sentence by sentence, highlighting each;
/// `done` runs when the last sentence has been read or reading fails. Whether anything
/// is being read.
pub fn read_main(locale: &str, done: Rc<dyn Fn()>) -> bool {
    web::read_main(locale, done)
}

/// Pauses reading.
pub fn pause() {
    web::pause();
}

/// Continues a paused reading.
pub fn resume() {
    web::resume();
}

/// Stops reading and removes the highlight.
pub fn stop() {
    web::stop();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            parts("  Візьміть паспорт. Запишіться на прийом!  Чому? 1.5 € … "),
            [
                "Візьміть паспорт.",
                "Запишіться на прийом!",
                "Чому?",
                "1.5 € …"
            ]
        );
        assert_eq!(parts("Without an end"), ["Without an end"]);
        assert!(parts("   ").is_empty());
    }

    #[test]
    fn matches_languages_by_primary_subtag() {
        assert!(same_language("uk-UA", "uk"));
        assert!(same_language("nl_BE", "nl"));
        assert!(same_language("RU", "ru"));
        assert!(!same_language("en-GB", "nl"));
    }
}
