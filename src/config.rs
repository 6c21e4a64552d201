//! What this deployment offers, read from `/config.json` when a page first needs it
//! (an outcome with the host-interest form, or an offer waiting in the outbox): for now
//! only the endpoint that receives the form. A missing file, bad JSON or no `endpoint`
//! all mean "no endpoint": the portal then works without the form.

use leptos::prelude::*;
use leptos::task::spawn_local;

/// The deployment's configuration, provided once at the root.
#[derive(Clone, Copy)]
pub struct Config {
    endpoint: RwSignal<Option<String>>,
    loaded: RwSignal<bool>,
    requested: StoredValue<bool>,
    then: StoredValue<Option<Callback<Option<String>>>>,
}

impl Config {
    /// The endpoint's base URL without a trailing slash (reactive; `None` until loaded).
    pub fn endpoint(&self) -> Option<String> {
        self.endpoint.get()
    }

    /// Whether `/config.json` has been read (or failed).
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

async fn fetch_endpoint() -> Option<String> {
    let response = crate::fetch::fetch_ok("/config.json").await.ok()?;
    parse_endpoint(&response.text().await.ok()?)
}

/// Provides the configuration; `then` runs once it has been read.
pub fn provide_config(then: impl Fn(Option<String>) + Send + Sync + 'static) -> Config {
    let config = Config {
        endpoint: RwSignal::new(None),
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
    use super::parse_endpoint;

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
