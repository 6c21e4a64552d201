//! The pre-rendered pages on both sides of 5 March 2027, through the page generator's own
//! code path ([`hulpwijzer::prerender::render_page`], which `prerender` calls for every page
//! with the build's date). A build with `HULPWIJZER_TODAY=2027-03-05` differs from the
//! normal build only in that date: the build script validates the content as of that day
//! (here: [`check_project`] on that day, the same call) and the generator renders every
//! page with it (here: every page of every tree, in every language, rendered on that day).
//! So this is that build, without compiling the app a second time for another date.
//! The same pages also show which wasm each page loads (decision 14).

use crate::support;

use hulpwijzer::prerender::{paths, render_page};
use hulpwijzer::Site;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::check_project;
use hulpwijzer_core::model::Catalog;
use hulpwijzer_core::route::EMBED_PAGE;
use hulpwijzer_core::validate::{has_errors, Severity};
use support::{assets, day, languages, page, root, tree_pages, Shown};

/// What the build script checks before anything is rendered: the content as of `on`.
fn content_on(on: Date) -> Catalog {
    let project = check_project(&root(), on).unwrap_or_else(|p| panic!("content: {p:?}"));
    let errors: Vec<String> = project
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert!(
        !has_errors(&project.problems),
        "a build on {on} fails: {errors:#?}"
    );
    project.catalog
}

/// (path after the language, outcome before the switch, outcome from 5 March 2027)
const SWITCHING: &[(&str, &str, &str)] = &[
    (
        "status/ukrainian/now",
        "protection-now",
        "since-protection-ended",
    ),
    (
        "status/ukrainian/after",
        "after-protection",
        "since-protection-ended",
    ),
    ("work/allowed/employee", "employee", "employee-after-tp"),
    (
        "money/own-contribution",
        "own-contribution",
        "own-contribution-after-tp",
    ),
    // Registration itself does not change on that day; its facts must still hold.
    (
        "registration/host/yes/ukrainian",
        "register-at-host",
        "register-at-host",
    ),
    (
        "registration/own-home/yes/ukrainian",
        "register-at-home",
        "register-at-home",
    ),
];

#[test]
fn pages_rendered_before_the_switch_show_temporary_protection_as_current() {
    let on = day("2026-12-01");
    let catalog = content_on(on);
    for i18n in languages() {
        for (path, before, _) in SWITCHING {
            let path = format!("/{}/{path}", i18n.locale());
            let shown = page(i18n, &path, on);
            assert_eq!(shown.node, *before, "{path}");
            assert_eq!(shown.date, "2026-12-01", "{path}: hw-date");
            assert_facts_hold(&catalog, &path, &shown, on);
        }
        let status = page(
            i18n,
            &format!("/{}/status/ukrainian/now", i18n.locale()),
            on,
        );
        assert!(
            status.facts.contains(&"tp-end".to_owned()),
            "{:?}",
            status.facts
        );
        assert!(!status.facts.contains(&"tp-ended".to_owned()));
        assert!(status
            .steps
            .contains(&"status-step-stay-registered".to_owned()));
    }
}

#[test]
fn pages_rendered_on_5_march_2027_show_the_successors() {
    let on = day("2027-03-05");
    let catalog = content_on(on);
    for i18n in languages() {
        for (path, _, after) in SWITCHING {
            let path = format!("/{}/{path}", i18n.locale());
            let shown = page(i18n, &path, on);
            assert_eq!(shown.node, *after, "{path}");
            assert_eq!(shown.date, "2027-03-05", "{path}: hw-date");
            assert_facts_hold(&catalog, &path, &shown, on);
        }
        for path in ["status/ukrainian/now", "status/ukrainian/after"] {
            let path = format!("/{}/{path}", i18n.locale());
            let shown = page(i18n, &path, on);
            assert!(
                shown.facts.contains(&"tp-ended".to_owned()),
                "{path}: {:?}",
                shown.facts
            );
            assert!(!shown.facts.contains(&"tp-end".to_owned()), "{path}");
            assert!(
                shown.steps.contains(&"status-step-ended".to_owned()),
                "{path}"
            );
            for old in [
                "status-step-decided",
                "status-step-not-decided",
                "status-step-planned",
            ] {
                assert!(!shown.steps.contains(&old.to_owned()), "{path} shows {old}");
            }
        }
    }
}

/// Every fact a page lists under "Sources" holds on the day it is rendered for: no fact
/// that has ended (such as "runs until 4 March 2027") is shown as current.
fn assert_facts_hold(catalog: &Catalog, path: &str, shown: &Shown, on: Date) {
    for id in &shown.facts {
        let fact = catalog
            .fact(id)
            .unwrap_or_else(|| panic!("{path}: unknown fact {id}"));
        assert!(
            fact.validity.holds_on(on),
            "{path} on {on} shows fact {id}, which does not hold then"
        );
    }
}

#[test]
fn every_tree_page_renders_on_5_march_2027_with_only_facts_that_hold() {
    let on = day("2027-03-05");
    let catalog = content_on(on);
    let mut outcomes = 0;
    for i18n in languages() {
        for path in tree_pages(i18n.locale()) {
            let shown = page(i18n, &path, on);
            assert_eq!(shown.date, "2027-03-05", "{path}");
            assert_facts_hold(&catalog, &path, &shown, on);
            outcomes += usize::from(!shown.steps.is_empty());
        }
    }
    assert!(outcomes > 100, "only {outcomes} outcome pages rendered");
}

/// While the extension to 4 March 2028 is only proposed, every page whose content depends on
/// the end of protection says so, in the page's language, from the event data.
#[test]
fn pages_that_depend_on_the_end_of_protection_show_the_pending_proposal() {
    let on = day("2026-12-01");
    let words = [
        ("uk", ["4 березня 2028", "26 червня 2026", "6 грудня 2026"]),
        ("ru", ["4 марта 2028", "26 июня 2026", "6 декабря 2026"]),
        ("en", ["4 March 2028", "26 June 2026", "6 December 2026"]),
        ("nl", ["4 maart 2028", "26 juni 2026", "6 december 2026"]),
    ];
    for i18n in languages() {
        let (_, dates) = words
            .iter()
            .find(|(l, _)| *l == i18n.locale())
            .unwrap_or_else(|| panic!("{}", i18n.locale()));
        for (path, _, _) in SWITCHING {
            let path = format!("/{}/{path}", i18n.locale());
            let shown = page(i18n, &path, on);
            assert_eq!(shown.pending, ["tp-end"], "{path}");
            for d in dates {
                assert!(shown.html.contains(d), "{path} does not say {d}");
            }
            for url in ["https://refugeehelp.nl", "https://ind.nl/"] {
                assert!(shown.html.contains(url), "{path}: no link to {url}");
            }
        }
        let other = format!("/{}/status/other", i18n.locale());
        assert!(page(i18n, &other, on).pending.is_empty(), "{other}");
    }
}

/// What the pages say about social hubs is counted from `content/hubs.toml`, not estimated.
#[test]
fn statements_about_social_hubs_are_counted_from_the_hub_data() {
    let all = hulpwijzer_core::hub::load_hubs(&root()).unwrap_or_else(|p| panic!("{p:?}"));
    let visible = all
        .iter()
        .filter(|h| h.status != hulpwijzer_core::hub::HubStatus::Closed)
        .collect::<Vec<_>>();
    let offering = |o: hulpwijzer_core::hub::HubOffer| {
        visible.iter().filter(|h| h.offers.contains(&o)).count()
    };
    let lessons = offering(hulpwijzer_core::hub::HubOffer::LanguageLessons);
    let information = offering(hulpwijzer_core::hub::HubOffer::Information);
    assert!(
        lessons < visible.len(),
        "the test needs a hub without lessons"
    );
    let en = languages()
        .into_iter()
        .find(|l| l.locale() == "en")
        .expect("en");
    let on = day("2026-12-01");
    let practice = page(en, "/en/dutch/practice", on).html;
    let said = format!("{lessons} of the {} social hubs", visible.len());
    assert!(
        practice.contains(&said),
        "dutch/practice does not say {said:?}"
    );
    let meet = page(en, "/en/community/meet-people", on).html;
    let said = format!("{information} of the {} also", visible.len());
    assert!(
        meet.contains(&said),
        "community/meet-people does not say {said:?}"
    );
    for l in languages() {
        for path in tree_pages(l.locale()) {
            let html = page(l, &path, on).html.to_lowercase();
            for vague in [
                "almost every",
                "bijna elke",
                "майже в кожному",
                "почти в каждом",
            ] {
                assert!(!html.contains(vague), "{path} says {vague:?}");
            }
        }
    }
}

/// A local address or number is labelled as narrowly as its source says (content audit
/// 2026-12-06, §1): for hosts, the general address, a regional line, a walk-in hour.
#[test]
fn local_details_are_labelled_as_their_source_says() {
    let en = languages()
        .into_iter()
        .find(|l| l.locale() == "en")
        .expect("en");
    let on = day("2026-12-01");
    // The text without the hydration markers between its parts.
    let card = |code: &str| {
        page(en, &format!("/en/gemeenten/{code}"), on)
            .html
            .replace("<!>", "")
    };
    for (code, said, not_said) in [
        (
            "gm0664",
            "For hosts: oekraine@goes.nl",
            ">oekraine@goes.nl<",
        ),
        (
            "gm0687",
            "For hosts: oekraine@middelburg.nl",
            ">oekraine@middelburg.nl<",
        ),
        (
            "gm0394",
            "Regional line for reception (opvang) +31 23 511 5550",
            "Ukraine desk",
        ),
        (
            "gm0394",
            "General address of the municipality: info@haarlemmermeer.nl",
            ">info@haarlemmermeer.nl<",
        ),
        (
            "gm0637",
            "For hosts whose guest has no money: ",
            "Place for people",
        ),
        (
            "gm0228",
            "Walk-in hour of the municipality: Inloopspreekuur",
            "Place for people from Ukraine",
        ),
    ] {
        let html = card(code);
        assert!(html.contains(said), "{code} does not say {said:?}");
        assert!(!html.contains(not_said), "{code} says {not_said:?}");
    }
    // A Ukraine desk is still labelled as one, and a place for people from Ukraine as one.
    assert!(card("gm0796").contains("Ukraine desk"));
    assert!(card("gm0599").contains("Place for people from Ukraine"));
}

#[test]
fn only_the_pages_with_the_form_and_the_page_for_web_editors_load_the_host_wasm() {
    let on = day("2026-12-01");
    let (mut with_form, mut for_editors) = (0, 0);
    for i18n in languages() {
        for path in paths(i18n.locale()) {
            let (html, _) = render_page(i18n, None, &Site::default(), &assets(), &path, on);
            let form = html.contains("class=\"form-elsewhere\"");
            // The embedding page is in the host wasm, not the portal's (decision 31).
            let editors = path == format!("/{}/{EMBED_PAGE}", i18n.locale());
            let loads = |wasm: &str| html.contains(&format!("data-wasm=\"{wasm}\""));
            let host = loads("/host/app.wasm");
            assert_eq!(
                form || editors,
                host,
                "{path}: form {form}, host wasm {host}"
            );
            let wasms = [host, loads("/app.wasm"), loads("/staff/app.wasm")];
            assert_eq!(wasms.iter().filter(|w| **w).count(), 1, "{path}: {wasms:?}");
            with_form += usize::from(form);
            for_editors += usize::from(editors);
        }
    }
    assert!(with_form >= 4, "the form is on {with_form} pages");
    assert_eq!(for_editors, 4, "one page for web editors per language");
}
