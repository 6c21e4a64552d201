//! Schema migrations: statements in order; a database records how many it has applied.

/// Each entry is one migration (possibly several `;`-separated statements). Append only.
/// `{BLOB}` stands for the database's binary type ([`binary`]).
pub(crate) const MIGRATIONS: &[&str] = &[
    "
CREATE TABLE host_interest (
    reference TEXT PRIMARY KEY,
    idempotency_hash TEXT NOT NULL UNIQUE,
    municipality TEXT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX host_interest_by_municipality ON host_interest (municipality, received_at_ms);
CREATE INDEX host_interest_by_time ON host_interest (received_at_ms);
CREATE TABLE export_token (
    id TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT
);
",
    "
DROP TABLE host_interest;
CREATE TABLE host_interest (
    reference TEXT PRIMARY KEY,
    idempotency_hash TEXT NOT NULL UNIQUE,
    municipality TEXT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    sealed {BLOB} NOT NULL
);
CREATE INDEX host_interest_by_municipality ON host_interest (municipality, received_at_ms);
CREATE INDEX host_interest_by_time ON host_interest (received_at_ms);
CREATE TABLE municipality_key (
    municipality TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    registered_at_ms BIGINT NOT NULL
);
",
    "
CREATE TABLE withdrawn_key (
    idempotency_hash TEXT PRIMARY KEY,
    received_at_ms BIGINT NOT NULL
);
CREATE INDEX withdrawn_key_by_time ON withdrawn_key (received_at_ms);
",
];

/// Migration `sql` for a database whose binary column type is `blob` (`BLOB`, `BYTEA`).
///
/// Migration 2 seals offers at rest: it drops the table of plain-text offers (they
/// cannot be sealed to keys registered later; export them before upgrading) and adds
/// the municipalities' keys. Migration 3 keeps the idempotency hashes of withdrawn and
/// handled offers (no personal data) until the retention ends.
pub(crate) fn binary(sql: &str, blob: &str) -> String {
    sql.replace("{BLOB}", blob)
}
