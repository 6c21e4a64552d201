//! A broken or outdated link: say what happened and offer a way to start again.

use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::{key, Key};
use hulpwijzer_core::keys;
use hulpwijzer_core::route::{Route, RouteError};
use leptos::prelude::*;

/// What is wrong with the URL.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorKind {
    /// The URL itself is malformed.
    Url(RouteError),
    /// The topic no longer exists (an old link).
    UnknownTree,
    /// The answers do not fit the topic any more (the content changed, or a typo).
    StaleAnswers,
    /// The municipality page names a code that is not one of the 342.
    UnknownMunicipality,
}

impl ErrorKind {
    fn reason_key(&self) -> Key {
        match self {
            ErrorKind::Url(RouteError::UnknownLocale(_)) => key!("error-unknown-language"),
            ErrorKind::Url(RouteError::TooLong) => key!("error-too-long"),
            ErrorKind::Url(_) => key!("error-malformed"),
            ErrorKind::UnknownTree => key!("error-unknown-topic"),
            ErrorKind::StaleAnswers => key!("error-stale-answers"),
            ErrorKind::UnknownMunicipality => key!("municipality-unknown-code"),
        }
    }
}

/// The error page, in the language of the URL when it has one.
#[component]
pub fn ErrorPage(
    /// What went wrong.
    kind: ErrorKind,
    /// The decoded route, when only its content is wrong.
    route: Option<Route>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let home = Route::home(locale).to_url();
    let restart = route.and_then(|r| {
        let (tree, _) = r.position()?;
        catalog().tree(tree.as_str())?;
        Some((
            r.tree_start(tree).to_url(),
            i18n.tr_derived(&keys::tree_title(tree.as_str())),
        ))
    });
    view! {
        <div class="notice" role="alert">
            <h1 tabindex="-1">{i18n.tr(key!("error-title"))}</h1>
            <p>{i18n.tr(kind.reason_key())}</p>
            <ul class="actions">
                {restart
                    .map(|(href, title)| {
                        view! {
                            <li>
                                <a
                                    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                                    href=href
                                >
                                    {title}
                                </a>
                            </li>
                        }
                    })} <li>
                    <a
                        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                        href=home
                    >
                        {i18n.tr(key!("start-again"))}
                    </a>
                </li>
            </ul>
        </div>
    }
}
