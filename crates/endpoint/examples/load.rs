//! Bench-only load client for `POST /v1/host-interest` with a unique idempotency key per
//! request. Closed loop (`--concurrency N`) or open loop at a fixed rate (`--rate R`,
//! latency measured from the scheduled send time, so queueing counts). With
//! `--record FILE` it appends the reference of every `201` (flushed at once), which the
//! fault test checks against the database after kill -9 restarts. Connection errors
//! (while the server is down) are counted and the client carries on.
//!
//! `cargo run --release --example load -- --url http://127.0.0.1:8787 --seconds 60 --rate 500`
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    url: String,
    seconds: u64,
    concurrency: usize,
    rate: u64,
    municipality: String,
    record: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        url: "http://127.0.0.1:8787".into(),
        seconds: 10,
        concurrency: 32,
        rate: 0,
        municipality: "GM0034".into(),
        record: None,
    };
    let list: Vec<String> = std::env::args().skip(1).collect();
    for pair in list.chunks(2) {
        let value = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--url" => a.url = value,
            "--seconds" => a.seconds = value.parse().unwrap(),
            "--concurrency" => a.concurrency = value.parse().unwrap(),
            "--rate" => a.rate = value.parse().unwrap(),
            "--municipality" => a.municipality = value,
            "--record" => a.record = Some(value),
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

#[derive(Default)]
struct Tally {
    latencies_us: Vec<u64>,
    created: u64,
    other: u64,
    errors: u64,
}

struct Shared {
    client: reqwest::Client,
    endpoint: String,
    template: serde_json::Value,
    prefix: String,
    tally: Mutex<Tally>,
    record: Option<Mutex<std::fs::File>>,
}

async fn one(shared: Arc<Shared>, n: u64, scheduled: Instant) {
    let mut body = shared.template.clone();
    body["idempotency_key"] = format!("{}-{n:08}", shared.prefix).into();
    let res = shared
        .client
        .post(&shared.endpoint)
        .json(&body)
        .send()
        .await;
    let outcome = match res {
        Ok(r) if r.status() == 201 => {
            let v: Result<serde_json::Value, _> = r.json().await;
            Ok(v.ok()
                .and_then(|v| v["reference"].as_str().map(str::to_owned)))
        }
        Ok(r) => Err(Some(r.status())),
        Err(_) => Err(None),
    };
    let us = u64::try_from(scheduled.elapsed().as_micros()).unwrap_or(u64::MAX);
    if let (Ok(Some(reference)), Some(file)) = (&outcome, &shared.record) {
        let mut f = file.lock().unwrap();
        writeln!(f, "{reference}").unwrap();
        f.flush().unwrap();
    }
    let failed = matches!(outcome, Err(None));
    {
        let mut t = shared.tally.lock().unwrap();
        match outcome {
            Ok(_) => {
                t.created += 1;
                t.latencies_us.push(us);
            }
            Err(Some(_)) => {
                t.other += 1;
                t.latencies_us.push(us);
            }
            Err(None) => t.errors += 1,
        }
    }
    if failed {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::main]
async fn main() {
    let a = args();
    let today = hulpwijzer_endpoint::clock::date_at(hulpwijzer_endpoint::clock::now_ms());
    let from = hulpwijzer_core::date::Date::from_days_since_epoch(today.days_since_epoch() + 14);
    let template = serde_json::json!({
        "schema_version": 1, "name": "Олена Коваленко", "email": "olena@example.nl",
        "phone": "+380 67 123 4567", "municipality": a.municipality, "place": "Almere",
        "capacity": 3, "rooms": 2, "separate_room_with_door": true, "pets_accepted": false,
        "stairs_or_bunk_beds_only": false, "remote_location_own_transport_needed": false,
        "available_from": from.to_string(), "duration": "six-to-twelve-months",
        "languages": ["uk", "nl"], "note": "Bench 🌻", "consent_contact_now": true,
        "consent_keep_for_future": false, "website": "", "fill_ms": 30000,
        "idempotency_key": ""
    });
    let record = a.record.as_ref().map(|p| {
        Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .unwrap(),
        )
    });
    let shared = Arc::new(Shared {
        client: reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap(),
        endpoint: format!("{}/v1/host-interest", a.url),
        template,
        prefix: format!(
            "load-{}-{}",
            std::process::id(),
            hulpwijzer_endpoint::clock::now_ms()
        ),
        tally: Mutex::new(Tally::default()),
        record,
    });
    let start = Instant::now();
    let end = start + Duration::from_secs(a.seconds);
    let mut tasks = Vec::new();
    if a.rate > 0 {
        let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / a.rate as f64));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        let mut n = 0;
        while Instant::now() < end {
            tick.tick().await;
            n += 1;
            tasks.push(tokio::spawn(one(Arc::clone(&shared), n, Instant::now())));
        }
    } else {
        for w in 0..a.concurrency as u64 {
            let shared = Arc::clone(&shared);
            tasks.push(tokio::spawn(async move {
                let mut n = w * 1_000_000_000;
                while Instant::now() < end {
                    n += 1;
                    one(Arc::clone(&shared), n, Instant::now()).await;
                }
            }));
        }
    }
    for t in tasks {
        t.await.unwrap();
    }
    let secs = start.elapsed().as_secs_f64();
    let mut t = shared.tally.lock().unwrap();
    t.latencies_us.sort_unstable();
    let pct = |p: f64| {
        let v = &t.latencies_us;
        if v.is_empty() {
            0.0
        } else {
            v[((v.len() - 1) as f64 * p).round() as usize] as f64 / 1000.0
        }
    };
    println!(
        "{{\"seconds\":{secs:.1},\"created\":{},\"other_status\":{},\"connection_errors\":{},\"created_per_s\":{:.1},\"p50_ms\":{:.2},\"p99_ms\":{:.2}}}",
        t.created, t.other, t.errors, t.created as f64 / secs, pct(0.50), pct(0.99)
    );
}
