//! What this deployment offers, read from `/config.json` when a page first needs it
//! (an outcome with the host-interest form, an offer waiting in the outbox, the staff page): the
//! endpoint that receives the form, and then from the endpoint which municipalities take
//! offers (`GET /v1/municipalities`). A missing file, bad JSON or no `endpoint` all mean
//! "no endpoint": the portal then works without the form.

use leptos::prelude::*;
use leptos::task::spawn_local;

/// The deployment's configuration, provided once at the root.
#[derive(Clone, Copy)]
pub struct Config {
    endpoint: RwSignal<Option<String>>,
    /// The municipalities that take offers; `None` when the endpoint could not say.
    taking: RwSignal<Option<Vec<String>>>,
    loaded: RwSignal<bool>,
    requested: StoredValue<bool>,
    then: StoredValue<Option<Callback<Option<String>>>>,
}

impl Config {
    /// The endpoint's base URL without a trailing slash (reactive; `None` until loaded).
    pub fn endpoint(&self) -> Option<String> {
        self.endpoint.get()
    }

    /// Whether `municipality` takes offers through this deployment (reactive): `None`
    /// when the endpoint could not be asked (offline, say): the form is shown then, and
    /// the endpoint refuses an offer for a municipality that takes none
    /// (`not-registered`, shown in the host's language).
    #[cfg(feature = "host-form")]
    pub fn takes_offers(&self, municipality: &str) -> Option<bool> {
        self.taking.with(|t| {
            t.as_ref()
                .map(|codes| codes.iter().any(|c| c == municipality))
        })
    }

    /// The municipalities that take offers (reactive); `None` when unknown.
    #[cfg(feature = "staff-page")]
    pub fn taking(&self) -> Option<Vec<String>> {
        self.taking.get()
    }

    /// Whether any municipality takes offers (reactive); `None` when unknown.
    #[cfg(feature = "host-form")]
    pub fn any_takes_offers(&self) -> Option<bool> {
        self.taking
            .with(|t| t.as_ref().map(|codes| !codes.is_empty()))
    }

    /// Whether `/config.json` (and the list of municipalities) has been read (or failed).
    #[cfg(feature = "host-form")]
    pub fn loaded(&self) -> bool {
        self.loaded.get()
    }

    /// Starts reading `/config.json`, once; call it from effects and event handlers.
    pub fn request(&self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let config = *self;
        spawn_local(async move {
            let endpoint = fetch_endpoint().await;
            if let Some(url) = &endpoint {
                config.taking.set(fetch_taking(url).await);
            }
            config.endpoint.set(endpoint.clone());
            config.loaded.set(true);
            if let Some(then) = config.then.get_value() {
                then.run(endpoint);
            }
        });
    }
}

/// What `/config.json` holds (other members are ignored).
#[derive(serde::Deserialize)]
struct ConfigFile {
    endpoint: Option<String>,
}

/// The endpoint named by a `/config.json` body, if it is an http(s) URL.
pub fn parse_endpoint(body: &str) -> Option<String> {
    let file: ConfigFile = serde_json::from_str(body).ok()?;
    let endpoint = file.endpoint?.trim().trim_end_matches('/').to_owned();
    (endpoint.starts_with("https://") || endpoint.starts_with("http://")).then_some(endpoint)
}

/// The body of `GET /v1/municipalities`.
#[derive(serde::Deserialize)]
struct Taking {
    municipalities: Vec<String>,
}

/// The municipalities named by a `GET /v1/municipalities` body.
pub fn parse_taking(body: &str) -> Option<Vec<String>> {
    serde_json::from_str::<Taking>(body)
        .ok()
        .map(|t| t.municipalities)
}

// Both with the form's deadline: a list that never comes must neither hide the form nor
// keep a waiting offer from being sent (`request` goes on with "unknown").
async fn fetch_taking(endpoint: &str) -> Option<Vec<String>> {
    let url = format!("{endpoint}/v1/municipalities");
    parse_taking(&crate::fetch::fetch_text_within_deadline(&url).await.ok()?)
}

async fn fetch_endpoint() -> Option<String> {
    parse_endpoint(
        &crate::fetch::fetch_text_within_deadline("/config.json")
            .await
            .ok()?,
    )
}

/// Provides the configuration; `then` runs once it has been read.
pub fn provide_config(then: impl Fn(Option<String>) + Send + Sync + 'static) -> Config {
    let config = Config {
        endpoint: RwSignal::new(None),
        taking: RwSignal::new(None),
        loaded: RwSignal::new(false),
        requested: StoredValue::new(false),
        then: StoredValue::new(Some(Callback::new(then))),
    };
    provide_context(config);
    config
}

/// The configuration context.
pub fn use_config() -> Config {
    expect_context::<Config>()
}

#[cfg(test)]
mod tests {
    use super::{parse_endpoint, parse_taking};

    #[test]
    fn reads_the_municipalities_that_take_offers() {
        assert_eq!(
            parse_taking(r#"{"municipalities":["GM0363","GM1681"]}"#),
            Some(vec!["GM0363".to_owned(), "GM1681".to_owned()])
        );
        assert_eq!(parse_taking(r#"{"municipalities":[]}"#), Some(Vec::new()));
        assert_eq!(parse_taking("{}"), None);
        assert_eq!(parse_taking("<html>"), None);
    }

    #[test]
    fn reads_the_endpoint_or_nothing() {
        assert_eq!(
            parse_endpoint(r#"{"endpoint":"http://127.0.0.1:9/"}"#).as_deref(),
            Some("http://127.0.0.1:9")
        );
        assert_eq!(
            parse_endpoint(r#"{"endpoint":"https://api.example.nl"}"#).as_deref(),
            Some("https://api.example.nl")
        );
        assert_eq!(parse_endpoint("{}"), None);
        assert_eq!(parse_endpoint(r#"{"endpoint":""}"#), None);
        assert_eq!(
            parse_endpoint(r#"{"endpoint":"javascript:alert(1)"}"#),
            None
        );
        assert_eq!(parse_endpoint("<html>not json"), None);
        assert_eq!(parse_endpoint(r#"{"endpoint":42}"#), None);
    }
}
