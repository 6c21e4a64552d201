//! Schema migrations: statements in order; a database records how many it has applied.

/// Each entry is one migration (possibly several `;`-separated statements). Append only.
/// `{BLOB}` stands for the database's binary type and `{ID}` for an increasing integer
/// primary key ([`for_database`]).
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
    "
CREATE TABLE card_proposals (
    id {ID},
    municipality TEXT NOT NULL,
    card TEXT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    decided_at_ms BIGINT
);
CREATE INDEX card_proposals_by_municipality ON card_proposals (municipality, id);
CREATE INDEX card_proposals_by_status ON card_proposals (status, id);
",
];

/// Migration `sql` for a database whose binary column type is `blob` (`BLOB`, `BYTEA`)
/// and whose increasing integer key is `id`.
///
/// Migration 2 seals offers at rest: it drops the table of plain-text offers (they
/// cannot be sealed to keys registered later; export them before upgrading) and adds
/// the municipalities' keys. Migration 3 keeps the idempotency hashes of withdrawn and
/// handled offers (no personal data) until the retention ends. Migration 4 keeps the
/// municipalities' proposals for their own card (public information).
pub(crate) fn for_database(sql: &str, blob: &str, id: &str) -> String {
    sql.replace("{BLOB}", blob).replace("{ID}", id)
}

/// [`for_database`]'s `id` for SQLite: a key never reused, even after deletes.
pub(crate) const SQLITE_ID: &str = "INTEGER PRIMARY KEY AUTOINCREMENT";
/// [`for_database`]'s `id` for PostgreSQL.
pub(crate) const POSTGRES_ID: &str = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
