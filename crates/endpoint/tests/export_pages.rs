//! The export in pages (issue 24, item 5): `limit` and a `cursor` give every offer
//! exactly once, in JSON and in CSV, oldest or (`order=newest`) newest first, and an offer
//! that arrives while paging comes on a later page;
//! without them the answer is whole, as the staff page reads it. Over real sockets, on SQLite
//! and (with `HULPWIJZER_TEST_DATABASE_URL`) PostgreSQL.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, municipality, register};
use hulpwijzer_endpoint::cli;
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::Store;
use reqwest::{Client, StatusCode};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Offers stored before paging starts: more than two pages of [`LIMIT`].
const OFFERS: usize = 10;
const LIMIT: usize = 4;

#[tokio::test]
async fn sqlite_pages_give_every_offer_once() {
    pages(common::sqlite()).await;
}

#[tokio::test]
async fn postgres_pages_give_every_offer_once() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let (schema, admin, scoped) = common::postgres_schema(&url, "pages").await;
    pages(Arc::new(PgStore::connect(&scoped, 4).await.unwrap())).await;
    common::drop_schema(&admin, &schema).await;
}

async fn pages(store: Arc<dyn Store>) {
    let base = common::serve(Arc::clone(&store)).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let (_, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let submit = || async {
        let res = http
            .post(format!("{base}/v1/host-interest"))
            .json(&form(&mine, &key()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::CREATED);
        res.json::<Value>().await.unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let get = |query: String| {
        http.get(format!(
            "{base}/v1/municipalities/{mine}/host-interest{query}"
        ))
        .bearer_auth(&token)
        .send()
    };
    let mut stored = BTreeSet::new();
    for _ in 0..OFFERS {
        stored.insert(submit().await);
    }

    // Unpaged: every offer, and no cursor (the staff page reads this).
    let whole = get(String::new())
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(whole["items"].as_array().unwrap().len(), OFFERS);
    assert!(whole.get("next_cursor").is_none());

    // Paged: each offer once, in the export's order, whatever arrives meanwhile.
    let mut seen = Vec::new();
    let mut sizes = Vec::new();
    let mut query = format!("?limit={LIMIT}");
    let mut arrived = None;
    loop {
        let res = get(query.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let page = res.json::<Value>().await.unwrap();
        let items = page["items"].as_array().unwrap();
        sizes.push(items.len());
        seen.extend(
            items
                .iter()
                .map(|i| i["reference"].as_str().unwrap().to_owned()),
        );
        // An offer that arrives between pages comes on a later page.
        // (A moment later, so it is not received in the same millisecond as the last.)
        if sizes.len() == 1 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            arrived = Some(submit().await);
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => query = format!("?limit={LIMIT}&cursor={cursor}"),
            None => {
                assert!(page["next_cursor"].is_null(), "{page}");
                break;
            }
        }
    }
    assert_eq!(sizes, [LIMIT, LIMIT, OFFERS + 1 - 2 * LIMIT]);
    let unique: BTreeSet<String> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "an offer came twice: {seen:?}");
    // In the order of the whole export, the new offer last.
    let mut expected: Vec<String> = whole["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["reference"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(expected.iter().cloned().collect::<BTreeSet<_>>(), stored);
    expected.extend(arrived);
    assert_eq!(seen, expected);

    // Newest first (the staff page's order): the same offers reversed, page by page.
    let mut newest = Vec::new();
    let mut query = format!("?limit={LIMIT}&order=newest");
    loop {
        let page = get(query.clone())
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap();
        newest.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["reference"].as_str().unwrap().to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(cursor) => query = format!("?limit={LIMIT}&order=newest&cursor={cursor}"),
            None => break,
        }
    }
    let reversed: Vec<String> = seen.iter().rev().cloned().collect();
    assert_eq!(newest, reversed);
    // Every cursor of the document's shape names a position, also one no page ended at
    // (the fuzzer's ST202 was `cursor=0`, of the old pattern, answered 400).
    let last = seen.last().unwrap();
    for (query, offers) in [
        ("?cursor=0.AAA-222".to_owned(), OFFERS + 1),
        ("?limit=1&cursor=999999999999999999.ZZZ-999".to_owned(), 0),
        (format!("?cursor=1.{last}"), OFFERS + 1),
        // Newest first, a position names the offers before it.
        (
            "?order=newest&cursor=999999999999999999.ZZZ-999".to_owned(),
            OFFERS + 1,
        ),
        ("?order=newest&cursor=0.AAA-222".to_owned(), 0),
    ] {
        let res = get(query.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{query}");
        let page = res.json::<Value>().await.unwrap();
        assert_eq!(page["items"].as_array().unwrap().len(), offers, "{query}");
    }

    // CSV is paged the same way, its next page in the `Link` header.
    let mut query = format!("?format=csv&limit={LIMIT}");
    let mut rows = Vec::new();
    loop {
        let res = get(query.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{query}");
        let link = res
            .headers()
            .get("link")
            .map(|v| v.to_str().unwrap().to_owned());
        let text = res.text().await.unwrap();
        rows.extend(text.lines().skip(1).map(str::to_owned));
        let Some(link) = link else { break };
        let next = link
            .strip_prefix('<')
            .and_then(|l| l.split_once(">; rel=\"next\""));
        query = next.unwrap().0.to_owned();
        assert!(
            query.starts_with(&format!("?format=csv&limit={LIMIT}&order=oldest&cursor=")),
            "{link}"
        );
    }
    assert_eq!(rows.len(), OFFERS + 1);
    for reference in &seen {
        assert_eq!(
            rows.iter()
                .filter(|r| r.contains(reference.as_str()))
                .count(),
            1
        );
    }

    // What is not a page is refused: `invalid-page`.
    for query in [
        "?limit=0",
        "?limit=1001",
        "?cursor=bm9wZQ",
        "?cursor=+1.KTR-527",
        "?limit=2&cursor=0.KTR-521",
        "?order=desc",
        "?limit=2&order=",
    ] {
        let res = get(query.to_owned()).await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{query}");
        let body = res.json::<Value>().await.unwrap();
        assert_eq!(body["error"], "invalid-page", "{query}");
    }
}
