//! The URL codec: round trips, and a typed error (never a panic) for anything malformed.

use hulpwijzer_core::ids::{OptionId, TreeId};
use hulpwijzer_core::route::{Page, Route, RouteError};

fn route(
    locale: &str,
    tree: &str,
    answers: &[&str],
    m: Option<&str>,
    edit: Option<usize>,
) -> Route {
    Route {
        locale: locale.into(),
        page: Page::Tree {
            tree: TreeId::from(tree),
            answers: answers.iter().map(|a| OptionId::from(*a)).collect(),
            edit,
        },
        municipality: m.map(str::to_owned),
    }
}

fn parse(url: &str) -> Result<Route, RouteError> {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    Route::parse(path, query)
}

#[test]
fn encoding_and_decoding_round_trip() {
    let cases = [
        route("uk", "start", &[], None, None),
        route("ru", "registration", &[], None, None),
        route(
            "en",
            "registration",
            &["host", "yes", "ukrainian"],
            None,
            None,
        ),
        route("nl", "registration", &["host"], Some("GM1681"), None),
        route(
            "uk",
            "registration",
            &["host", "yes"],
            Some("GM0034"),
            Some(1),
        ),
        route("uk", "registration", &["a"], None, Some(0)),
    ];
    for r in cases {
        let url = r.to_url();
        assert_eq!(parse(&url), Ok(r.clone()), "{url}");
    }
    assert_eq!(route("uk", "start", &[], None, None).to_url(), "/uk/");
    assert_eq!(
        route("en", "t", &["a", "b"], Some("GM0034"), Some(1)).to_url(),
        "/en/t/a?m=GM0034&change=b"
    );
    // The older form is still read: `edit=1` changes the second answer of the path.
    assert_eq!(
        parse("/en/t/a/b?m=GM0034&edit=1"),
        Ok(route("en", "t", &["a", "b"], Some("GM0034"), Some(1)))
    );
    // The path of a change link is the question's own page.
    let changing = route(
        "uk",
        "registration",
        &["host", "yes", "ukrainian"],
        None,
        Some(0),
    );
    assert_eq!(changing.path(), "/uk/registration");
    assert_eq!(
        changing.to_url(),
        "/uk/registration?change=host,yes,ukrainian"
    );
    assert_eq!(
        changing.without_query(),
        route("uk", "registration", &[], None, None)
    );
}

#[test]
fn tolerant_where_harmless() {
    assert_eq!(parse("/uk"), Ok(route("uk", "start", &[], None, None)));
    assert_eq!(
        parse("/uk/registration/"),
        Ok(route("uk", "registration", &[], None, None))
    );
    assert_eq!(
        parse("/uk//registration"),
        Ok(route("uk", "registration", &[], None, None))
    );
    // Parameters added by messengers or analytics of other sites are ignored.
    assert_eq!(
        parse("/uk/registration?fbclid=x&utm_source=y"),
        Ok(route("uk", "registration", &[], None, None))
    );
}

#[test]
fn malformed_urls_give_typed_errors() {
    let long = format!("/uk/t/{}", "a/".repeat(600));
    let many = format!("/uk/t/{}", "a/".repeat(30));
    let cases: Vec<(&str, RouteError)> = vec![
        ("/", RouteError::NoLocale),
        ("", RouteError::NoLocale),
        ("/ua/registration", RouteError::UnknownLocale("ua".into())),
        ("/UK/registration", RouteError::UnknownLocale("UK".into())),
        ("/uk/registration/%%%", RouteError::BadSegment("%%%".into())),
        (
            "/uk/Registration",
            RouteError::BadSegment("Registration".into()),
        ),
        (
            "/uk/реєстрація",
            RouteError::BadSegment("реєстрація".into()),
        ),
        ("/uk/a/..", RouteError::BadSegment("..".into())),
        (
            "/uk/registration?m=GM12",
            RouteError::BadQuery("m=GM12".into()),
        ),
        (
            "/uk/registration?m=banana",
            RouteError::BadQuery("m=banana".into()),
        ),
        (
            "/uk/registration/host?edit=5",
            RouteError::BadQuery("edit=5".into()),
        ),
        (
            "/uk/registration/host?edit=x",
            RouteError::BadQuery("edit=x".into()),
        ),
        (
            "/uk/registration?change=host,Bad",
            RouteError::BadQuery("change=host,Bad".into()),
        ),
        (
            "/uk/registration?change=",
            RouteError::BadQuery("change=".into()),
        ),
        (
            "/uk/registration?change=a&change=b",
            RouteError::BadQuery("change=b".into()),
        ),
        (long.as_str(), RouteError::TooLong),
        (many.as_str(), RouteError::TooLong),
    ];
    for (url, expected) in cases {
        assert_eq!(parse(url), Err(expected), "{url}");
    }
}

#[test]
fn no_input_makes_the_decoder_panic() {
    // A cheap fuzz: every short string over an alphabet of troublesome characters.
    let alphabet = [
        "/", "?", "&", "=", "%", "uk", "m", "GM0034", "edit", "change", ",", "0", "-", "ї", "😀",
        "\0", " ",
    ];
    let mut inputs = vec![String::new()];
    for _ in 0..4 {
        inputs = inputs
            .iter()
            .flat_map(|s| alphabet.iter().map(move |a| format!("{s}{a}")))
            .collect();
    }
    for s in inputs {
        let (path, query) = s.split_once('?').unwrap_or((&s, ""));
        let _ = Route::parse(path, query);
    }
}

#[test]
fn desk_cards_have_their_own_prefix() {
    let outcome = route(
        "uk",
        "registration",
        &["host", "yes", "ukrainian"],
        None,
        None,
    );
    let desk = outcome.at_desk();
    assert_eq!(desk.to_url(), "/uk/balie/registration/host/yes/ukrainian");
    assert_eq!(
        parse("/uk/balie/registration/host/yes/ukrainian"),
        Ok(desk.clone())
    );
    assert_eq!(desk.full_page(), outcome);
    // The municipality stays; a change in progress does not.
    let with_m = parse("/ru/balie/registration/host/yes/ukrainian?m=GM1681").expect("parses");
    assert!(matches!(with_m.page, Page::Desk { .. }));
    assert_eq!(
        with_m.to_url(),
        "/ru/balie/registration/host/yes/ukrainian?m=GM1681"
    );
    let changing = parse("/en/registration?change=host,yes").expect("parses");
    assert_eq!(changing.at_desk().to_url(), "/en/balie/registration");
    // The card keeps its form in another language, and a tree start leaves it.
    assert_eq!(
        desk.with_locale("nl").to_url(),
        "/nl/balie/registration/host/yes/ukrainian"
    );
    assert!(matches!(
        desk.tree_start(&TreeId::from("health")).page,
        Page::Tree { .. }
    ));
    // A prefix with nothing after it is not a page.
    assert_eq!(
        parse("/uk/balie"),
        Err(RouteError::BadSegment("balie".to_owned()))
    );
    assert_eq!(hulpwijzer_core::route::desk_partner("uk"), "nl");
    assert_eq!(hulpwijzer_core::route::desk_partner("nl"), "uk");
}

fn page(locale: &str, page: Page, m: Option<&str>) -> Route {
    Route {
        locale: locale.into(),
        page,
        municipality: m.map(str::to_owned),
    }
}

#[test]
fn the_pages_of_their_own_round_trip() {
    let cases = [
        ("/uk/gemeenten", page("uk", Page::MunicipalityIndex, None)),
        (
            "/ru/gemeenten?m=GM0034",
            page("ru", Page::MunicipalityIndex, Some("GM0034")),
        ),
        (
            "/en/gemeenten/gm0034",
            page("en", Page::Municipality("gm0034".into()), None),
        ),
        ("/nl/embed", page("nl", Page::Embed, None)),
        (
            "/uk/embed?m=GM1681",
            page("uk", Page::Embed, Some("GM1681")),
        ),
        ("/nl/staff", page("nl", Page::Staff, None)),
        ("/en/staff", page("en", Page::Staff, None)),
    ];
    for (url, expected) in cases {
        assert_eq!(parse(url), Ok(expected.clone()), "{url}");
        assert_eq!(expected.to_url(), url);
        assert_eq!(expected.position(), None, "{url}");
        assert_eq!(expected.with_locale("nl").locale, "nl");
    }
    assert_eq!(
        parse("/uk/gemeenten/"),
        Ok(page("uk", Page::MunicipalityIndex, None))
    );
    assert_eq!(parse("/nl/staff/"), Ok(page("nl", Page::Staff, None)));
}

#[test]
fn a_page_of_its_own_in_another_form_is_an_unknown_tree() {
    // The staff page is Dutch and English only, and takes no municipality.
    assert_eq!(
        parse("/uk/staff"),
        Ok(route("uk", "staff", &[], None, None))
    );
    assert_eq!(
        parse("/ru/staff"),
        Ok(route("ru", "staff", &[], None, None))
    );
    assert_eq!(
        parse("/nl/staff?m=GM0034"),
        Ok(route("nl", "staff", &[], Some("GM0034"), None))
    );
    assert_eq!(
        parse("/en/staff/x"),
        Ok(route("en", "staff", &["x"], None, None))
    );
    assert_eq!(
        parse("/nl/embed/x"),
        Ok(route("nl", "embed", &["x"], None, None))
    );
    assert_eq!(
        parse("/uk/gemeenten/gm0034/x"),
        Ok(route("uk", "gemeenten", &["gm0034", "x"], None, None))
    );
    // A desk card is always of a tree.
    assert_eq!(
        parse("/uk/balie/embed"),
        Ok(Route {
            locale: "uk".into(),
            page: Page::Desk {
                tree: TreeId::from("embed"),
                answers: Vec::new(),
            },
            municipality: None,
        })
    );
}

#[test]
fn the_home_page_is_the_start_tree() {
    let home = Route::home("uk");
    assert_eq!(home.page, Page::home());
    assert_eq!(parse("/uk/"), Ok(home.clone()));
    assert_eq!(home.to_url(), "/uk/");
    assert_eq!(home.position(), Some((&TreeId::from("start"), &[][..])));
    assert_eq!(
        Route::of("nl", Page::Embed)
            .tree_start(&TreeId::from("health"))
            .to_url(),
        "/nl/health"
    );
    // A desk card shows every answer, a change in progress included.
    assert_eq!(
        parse("/uk/balie/t/a?change=b")
            .map(|r| r.to_url())
            .as_deref(),
        Ok("/uk/balie/t/a/b")
    );
}
