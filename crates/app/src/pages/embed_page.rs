//! `/<lang>/embed`: the page for a municipality's web editor. Choose the municipality
//! (the portal's own search), language, starting topic and house style; see the portal
//! embedded as the snippet will embed it; copy the snippet, and a paragraph for the
//! municipality's accessibility statement.

mod controls;
mod snippet;

use crate::catalog::use_directory_status;
use crate::components::MunicipalityPicker;
use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::municipality::name_of;
use crate::platform;
use crate::site::use_site;
use crate::text::date;
use crate::theme::Theme;
use crate::{key, Key};
use controls::{Choice, Select};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
pub use snippet::{SnippetLang, SnippetOptions};

/// When the results in the accessibility paragraph were last measured: the day
/// `tests/e2e/embed*.spec.ts` and the axe checks of every other spec last ran green on
/// every theme. Change it when they are run again.
pub const MEASURED_ON: &str = "2026-11-29";

/// A copy button that says when it has copied.
#[component]
fn CopyButton(text: Signal<String>, label: Key) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move { copied.set(platform::copy_text(&text).await) });
    };
    view! {
        <button class="utrecht-button utrecht-button--secondary-action" type="button" on:click=copy>
            {i18n.tr(label)}
        </button>
        <span class="status" role="status">
            {move || copied.get().then(|| i18n.tr(key!("embed-copied")))}
        </span>
    }
}

/// The /embed/ page.
#[component]
pub fn EmbedPage(
    /// The decoded URL (`?m=` is the chosen municipality).
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let directory = use_directory_status();
    let site = use_site();
    let lang = RwSignal::new(SnippetLang::Auto);
    let start = RwSignal::new(None::<String>);
    let theme = RwSignal::new(Theme::Portal);
    let allow_change = RwSignal::new(false);
    let municipality = route.municipality.clone();
    let options = Memo::new(move |_| SnippetOptions {
        municipality: municipality.clone(),
        lang: lang.get(),
        start: start.get(),
        theme: theme.get(),
        allow_change: allow_change.get(),
    });
    let origin = site.origin.clone();
    let code = Signal::derive(move || {
        options
            .get()
            .html(&origin, &i18n.tr(key!("embed-fallback")))
    });
    Effect::new(move |_| {
        if hydrated.get() {
            platform::load_script("/embed.js");
        }
    });
    let chosen = route.municipality.clone().map(|code| {
        move || {
            directory.get();
            let mut args = FluentArgs::new();
            let name = name_of(Some(&code)).unwrap_or_else(|| code.clone());
            args.set("name", FluentValue::from(name));
            args.set("code", FluentValue::from(code.clone()));
            view! { <p>{i18n.tr_with(key!("embed-municipality-chosen"), &args)}</p> }
        }
    });
    // A new element for every choice: embed.js turns each new one into a frame.
    let preview = move || {
        let o = options.get();
        hydrated.get().then(|| {
            view! {
                <div
                    data-hulpwijzer=""
                    data-municipality=o.municipality.clone()
                    data-lang=o.lang.value()
                    data-start=o.start.clone()
                    data-theme=(o.theme != Theme::Portal).then(|| o.theme.name())
                    data-allow-change=o.allow_change.then_some("")
                >
                    <a href=o.fallback_href("")>{i18n.tr(key!("embed-fallback"))}</a>
                </div>
            }
        })
    };
    let mut args = FluentArgs::new();
    args.set("site", FluentValue::from(site.origin.clone()));
    let measured =
        Date::parse(MEASURED_ON).map_or_else(|_| MEASURED_ON.to_owned(), |d| date(&i18n, d));
    args.set("date", FluentValue::from(measured));
    let statement = i18n.tr_with(key!("embed-statement"), &args);
    let statement_text = Signal::derive({
        let statement = statement.clone();
        move || statement.clone()
    });
    view! {
        <h1>{i18n.tr(key!("embed-title"))}</h1>
        <p class="lead">{i18n.tr(key!("embed-intro"))}</p>
        <section class="embed-options" aria-labelledby="embed-municipality">
            <h2 id="embed-municipality">{i18n.tr(key!("embed-municipality"))}</h2>
            {chosen}
            <MunicipalityPicker route=route.clone() />
            <Select
                id="embed-lang"
                label=key!("embed-language")
                choices=controls::languages()
                on_choose=move |v: String| lang.set(SnippetLang::parse(&v))
            />
            <Select
                id="embed-start"
                label=key!("embed-start")
                choices=controls::topics()
                on_choose=move |v: String| start.set((!v.is_empty()).then_some(v))
            />
            <Select
                id="embed-theme"
                label=key!("embed-theme")
                choices=Theme::ALL
                    .iter()
                    .map(|t| Choice {
                        value: t.name().to_owned(),
                        label: t.label().to_owned(),
                    })
                    .collect()
                on_choose=move |v: String| theme.set(Theme::parse(&v).unwrap_or(Theme::Portal))
            />
            <p class="checkbox">
                <input
                    id="embed-allow-change"
                    type="checkbox"
                    on:change=move |ev| allow_change.set(event_target_checked(&ev))
                />
                <label for="embed-allow-change">{i18n.tr(key!("embed-allow-change"))}</label>
            </p>
        </section>
        <section aria-labelledby="embed-snippet">
            <h2 id="embed-snippet">{i18n.tr(key!("embed-snippet"))}</h2>
            <pre class="snippet">
                <code>{code}</code>
            </pre>
            {move || {
                hydrated.get().then(|| view! { <CopyButton text=code label=key!("embed-copy") /> })
            }}
        </section>
        <section aria-labelledby="embed-preview">
            <h2 id="embed-preview">{i18n.tr(key!("embed-preview"))}</h2>
            <div class="embed-preview">{preview}</div>
        </section>
        <section aria-labelledby="embed-statement">
            <h2 id="embed-statement">{i18n.tr(key!("embed-statement-title"))}</h2>
            <p class="statement">{statement}</p>
            {move || {
                hydrated
                    .get()
                    .then(|| {
                        view! {
                            <CopyButton text=statement_text label=key!("embed-copy-statement") />
                        }
                    })
            }}
            <p>{i18n.tr(key!("embed-docs"))}</p>
        </section>
    }
}
