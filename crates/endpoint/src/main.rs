//! `hulpwijzer-endpoint`: the API server (local or AWS Lambda) and its admin commands.

use hulpwijzer_endpoint::cli::{self, Command};
use hulpwijzer_endpoint::{config::Config, serve, store};
use std::io::IsTerminal;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let lambda = serve::in_lambda();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "hulpwijzer_endpoint=info".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(!lambda && std::io::stdout().is_terminal());
    // CloudWatch adds its own timestamps.
    if lambda {
        logs.without_time().init()
    } else {
        logs.init()
    }
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("hulpwijzer-endpoint: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = cli::parse(&args).map_err(|e| e.to_string())?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    if command == Command::Serve {
        return serve::run(config).await.map_err(|e| e.to_string());
    }
    if command == Command::Help {
        println!("{}", cli::USAGE);
        return Ok(());
    }
    let store = store::open(&config).await.map_err(|e| e.to_string())?;
    let store = store.as_ref();
    let done = match command {
        Command::TokenCreate(m) => cli::create_token(store, &m).await.map(|(id, token)| {
            format!(
                "token id: {id}\nmunicipality: {m}\ntoken (shown once, store it safely):\n{token}"
            )
        }),
        Command::Register(m, key) => cli::register(store, &m, &key).await.map(|fingerprint| {
            format!(
                "{m} takes offers, sealed to {}\nkey fingerprint (compare it with the staff who made the key):\n{fingerprint}",
                key.trim()
            )
        }),
        Command::Unregister(m, purge) => {
            cli::unregister(store, &m, purge)
                .await
                .map(|(offers, tokens, proposals)| {
                    format!(
                        "{m} no longer takes offers: its key is removed, {tokens} export token(s) \
                         revoked, {offers} stored offer(s) and {proposals} card proposal(s) deleted"
                    )
                })
        }
        Command::TokenRevoke(id) => cli::revoke_token(store, &id)
            .await
            .map(|()| format!("revoked {id}")),
        Command::Cards(c) => cli::cards::run(store, &c).await,
        Command::Purge => {
            let now = hulpwijzer_endpoint::clock::now_ms();
            cli::purge(store, config.retention_days, now)
                .await
                .map(|n| format!("deleted {n} submissions"))
        }
        Command::Migrate | Command::Serve | Command::Help => {
            Ok("database schema is up to date".to_owned())
        }
    };
    println!("{}", done.map_err(|e| e.to_string())?);
    Ok(())
}
