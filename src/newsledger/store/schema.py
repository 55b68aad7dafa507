"""The ledger's tables (DuckDB) and the migrations that bring older files up to date.

A new ledger is created at version 1 and migrated forward step by step, so every file —
new or old — goes through the same migrations. docs/schema.md describes each table, and
``tables.py`` has one dataclass per table whose fields are its columns in this order.
"""

from __future__ import annotations

import duckdb

from .story_detail import detail_sql

SCHEMA_VERSION = 6

# Version 1: the first layout. Never edit it: old files were made with it.
V1 = [
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,        -- first 16 hex digits of the text's SHA-256
        content_hash VARCHAR UNIQUE,       -- full SHA-256 of the text
        title VARCHAR, date DATE, outlet VARCHAR, url VARCHAR, path VARCHAR,
        text VARCHAR, n_chars INTEGER,
        ingested_at TIMESTAMP,
        analysis JSON,                     -- the whole analysis (docs/schema.md, analyze JSON)
        minhash BLOB                       -- MinHash signature for near-duplicate search
    )""",
    """CREATE TABLE outlets (name VARCHAR PRIMARY KEY, first_seen TIMESTAMP)""",
    """CREATE TABLE actors (
        actor_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR,
        sector VARCHAR, cameo_code VARCHAR, office VARCHAR, since VARCHAR, source VARCHAR,
        aliases JSON
    )""",
    """CREATE TABLE mentions (
        doc_id VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER,
        text VARCHAR, sentence INTEGER, why VARCHAR
    )""",
    """CREATE SEQUENCE event_num_seq START 1""",
    """CREATE TABLE events (
        event_uid VARCHAR PRIMARY KEY,     -- doc_id:event_id
        event_num BIGINT DEFAULT nextval('event_num_seq'),
        doc_id VARCHAR, event_id VARCHAR,
        plover_type VARCHAR, plover_mode VARCHAR, cameo VARCHAR, cameo_name VARCHAR,
        goldstein DOUBLE, quad_class INTEGER,
        source_actor VARCHAR, source_code VARCHAR, source_country VARCHAR,
        target_actor VARCHAR, target_code VARCHAR, target_country VARCHAR,
        status VARCHAR, negated BOOLEAN,
        location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
        event_date DATE, date_precision VARCHAR, date_text VARCHAR,
        quantity DOUBLE, quantity_unit VARCHAR,
        sentence INTEGER, paragraph INTEGER, evidence VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, trigger VARCHAR,
        claim_uid VARCHAR, sourcing_grade VARCHAR, why JSON
    )""",
    """CREATE TABLE event_participants (
        event_uid VARCHAR, actor_id VARCHAR, role VARCHAR, text VARCHAR,
        start_char INTEGER, end_char INTEGER, why VARCHAR
    )""",
    """CREATE TABLE claims (
        claim_uid VARCHAR PRIMARY KEY, doc_id VARCHAR, claim_id VARCHAR, text VARCHAR,
        start_char INTEGER, end_char INTEGER, sentence INTEGER, sourcing_grade VARCHAR,
        opinion BOOLEAN, hedged BOOLEAN, loaded BOOLEAN, events JSON, why JSON
    )""",
    """CREATE TABLE attributions (
        claim_uid VARCHAR PRIMARY KEY, source_actor VARCHAR, source_text VARCHAR,
        cue VARCHAR, type VARCHAR, start_char INTEGER, end_char INTEGER
    )""",
    """CREATE TABLE flags (
        claim_uid VARCHAR, doc_id VARCHAR, category VARCHAR, text VARCHAR,
        start_char INTEGER, end_char INTEGER, entry VARCHAR
    )""",
    """CREATE TABLE duplicates (
        content_hash VARCHAR,              -- the republished copy's text hash
        original_id VARCHAR,               -- the stored document it copies
        kind VARCHAR,                      -- exact | near
        similarity DOUBLE,                 -- estimated Jaccard of word shingles
        outlet VARCHAR, title VARCHAR, date DATE, url VARCHAR, path VARCHAR,
        detected_at TIMESTAMP,
        PRIMARY KEY (content_hash, original_id, outlet)
    )""",
    """CREATE TABLE ingest_errors (
        path VARCHAR, reason VARCHAR, first_seen TIMESTAMP, PRIMARY KEY (path, reason)
    )""",
    "INSERT INTO meta VALUES ('schema_version', '1')",
]

# Each step takes the ledger from version N-1 to N.
MIGRATIONS: dict[int, list[str]] = {
    2: [
        # how often a bad input was seen, and when last (re-runs update, never double)
        "ALTER TABLE ingest_errors ADD COLUMN attempts INTEGER DEFAULT 1",
        "ALTER TABLE ingest_errors ADD COLUMN last_seen TIMESTAMP",
        "UPDATE ingest_errors SET last_seen = first_seen",
        "CREATE INDEX events_source_country ON events (source_country)",
        "CREATE INDEX events_target_country ON events (target_country)",
        "CREATE INDEX events_date ON events (event_date)",
        "CREATE INDEX mentions_actor ON mentions (actor_id)",
    ],
    3: [
        # corroboration: reports of the same happening across articles
        """CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY, plover_type VARCHAR, types JSON,
            source_countries JSON, target_countries JSON, location_country VARCHAR,
            date_start DATE, date_end DATE, quantity DOUBLE, status VARCHAR,
            independent_sources INTEGER, n_reports INTEGER, n_articles INTEGER,
            n_outlets INTEGER, updated_at TIMESTAMP
        )""",
        """CREATE TABLE story_reports (
            story_id VARCHAR, event_uid VARCHAR, doc_id VARCHAR, outlet VARCHAR,
            kind VARCHAR,                   -- report | copy | denial
            independent BOOLEAN, depends_on VARCHAR, claim_uid VARCHAR,
            sourcing_grade VARCHAR
        )""",
        """CREATE TABLE story_conflicts (
            story_id VARCHAR, field VARCHAR, "values" JSON, evidence JSON
        )""",
        "CREATE INDEX story_reports_event ON story_reports (event_uid)",
        "CREATE INDEX story_reports_story ON story_reports (story_id)",
    ],
    4: [
        # how each document was read: its encoding, how that was chosen, its language
        "ALTER TABLE documents ADD COLUMN encoding VARCHAR",
        "ALTER TABLE documents ADD COLUMN encoding_how VARCHAR",
        "ALTER TABLE documents ADD COLUMN language VARCHAR",
        # inputs not analysed on purpose (another language, no article) are 'skipped'
        "ALTER TABLE ingest_errors ADD COLUMN kind VARCHAR DEFAULT 'error'",
        "UPDATE ingest_errors SET kind = 'error'",
    ],
    5: [
        # a story's one-line headline: who did what to whom, where, how many, when
        "ALTER TABLE stories ADD COLUMN headline VARCHAR",
        # the cited source's country as its article resolved it (an unlisted name such
        # as "defence ministry" is one actor row for every article)
        "ALTER TABLE attributions ADD COLUMN source_country VARCHAR",
        # story_reports.kind gains the answers: refusal | negation | speculation | demand
    ],
    6: [
        # a story's reports, answers and conflicts as it shows them (story_detail.py):
        # a page of stories reads its own rows instead of joining five tables in full
        "ALTER TABLE stories ADD COLUMN detail JSON",
        detail_sql(),
    ],
}

class SchemaError(RuntimeError):
    """The file is not a ledger, or was written by a newer newsledger."""


def version_of(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version of an open ledger; None for an empty database."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database()").fetchall()}
    if not tables:
        return None
    if "meta" not in tables:
        raise SchemaError("not a newsledger ledger (no meta table)")
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    if row is None:
        raise SchemaError("not a newsledger ledger (no schema_version)")
    return int(row[0])


def create_v1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("BEGIN TRANSACTION")
    for statement in V1:
        con.execute(statement)
    con.execute("COMMIT")


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Bring the ledger to SCHEMA_VERSION; returns the versions applied."""
    version = version_of(con)
    if version is None:
        create_v1(con)
        version = 1
    if version > SCHEMA_VERSION:
        raise SchemaError(f"written by a newer newsledger (schema {version}, this reads "
                          f"up to {SCHEMA_VERSION})")
    applied = []
    for step in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        for statement in MIGRATIONS[step]:
            con.execute(statement)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step)])
        con.execute("COMMIT")
        applied.append(step)
    return applied
