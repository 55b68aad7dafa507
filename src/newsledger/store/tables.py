"""The ledger's tables as dataclasses: one per table, its fields the table's columns in the
order of the DDL in ``schema.py`` (``tests/store/test_tables.py`` checks them against a
freshly created ledger). Column lists, primary keys and the DataFrame through which rows
are written all come from here, so no code depends on the position of a column.

JSON columns hold JSON text (``json.dumps``); ``event_num`` is filled in by DuckDB.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform

if TYPE_CHECKING:
    import pandas as pd

GENERATED = {"generated": True}  # filled in by DuckDB (a sequence) or later: never written


class Row:
    """A row of one table; each subclass is a dataclass named after its table."""

    __slots__ = ()
    TABLE: ClassVar[str]
    KEY: ClassVar[tuple[str, ...]] = ()  # the primary key
    # rows that another article may have written already: the first one stays
    KEEP_FIRST: ClassVar[bool] = False


R = TypeVar("R", bound=Row)


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
def table(name: str, key: tuple[str, ...] = (), keep_first: bool = False
          ) -> Callable[[type[R]], type[R]]:
    """Declare a row dataclass for table ``name`` (keyword-only fields, with slots)."""

    def declare(cls: type[R]) -> type[R]:
        cls.TABLE, cls.KEY, cls.KEEP_FIRST = name, key, keep_first
        return dataclass(slots=True, kw_only=True)(cls)

    return declare


@table("meta", key=("key",))
class MetaRow(Row):
    key: str
    value: str


@table("documents", key=("doc_id",))
class DocumentRow(Row):
    doc_id: str  # first 16 hex digits of the text's SHA-256
    content_hash: str  # full SHA-256 of the text
    title: str | None
    date: str | dt.date | None
    outlet: str | None
    url: str | None
    path: str | None
    text: str
    n_chars: int
    ingested_at: dt.datetime
    analysis: str  # JSON: the whole analysis
    minhash: bytes | None  # MinHash signature for near-duplicate search
    encoding: str | None = None  # codec the bytes were decoded with
    encoding_how: str | None = None  # bom | given | utf-8 | declared | detected
    language: str | None = None  # ISO 639 code


@table("outlets", key=("name",), keep_first=True)
class OutletRow(Row):
    name: str
    first_seen: dt.datetime


@table("actors", key=("actor_id",), keep_first=True)
class ActorRow(Row):
    actor_id: str
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    cameo_code: str | None
    office: str | None
    since: str | None
    source: str | None
    aliases: str  # JSON list


@table("mentions")
class MentionRow(Row):
    doc_id: str
    actor_id: str
    start_char: int
    end_char: int
    text: str
    sentence: int | None
    why: str | None


@table("events", key=("event_uid",))
class EventRow(Row):
    event_uid: str  # doc_id:event_id
    event_num: int | None = field(default=None, metadata=GENERATED)
    doc_id: str
    event_id: str
    plover_type: str
    plover_mode: str | None
    cameo: str | None
    cameo_name: str | None
    goldstein: float | None
    quad_class: int | None
    source_actor: str | None
    source_code: str | None
    source_country: str | None
    target_actor: str | None
    target_code: str | None
    target_country: str | None
    status: str | None
    negated: bool | None
    location_name: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    event_date: str | dt.date | None
    date_precision: str | None
    date_text: str | None
    quantity: float | None
    quantity_unit: str | None
    sentence: int | None
    paragraph: int | None
    evidence: str | None
    evidence_start: int | None
    evidence_end: int | None
    trigger: str | None
    claim_uid: str | None
    sourcing_grade: str | None
    why: str  # JSON


@table("event_participants")
class EventParticipantRow(Row):
    event_uid: str
    actor_id: str | None
    role: str | None
    text: str | None
    start_char: int | None
    end_char: int | None
    why: str | None


@table("claims", key=("claim_uid",))
class ClaimRow(Row):
    claim_uid: str
    doc_id: str
    claim_id: str
    text: str
    start_char: int
    end_char: int
    sentence: int | None
    sourcing_grade: str | None
    opinion: bool
    hedged: bool
    loaded: bool
    events: str  # JSON list of event_uids
    why: str  # JSON


@table("attributions", key=("claim_uid",))
class AttributionRow(Row):
    claim_uid: str
    source_actor: str | None
    source_text: str | None
    cue: str | None
    type: str | None
    start_char: int | None
    end_char: int | None
    source_country: str | None = None  # the cited source's country in its own article


@table("flags")
class FlagRow(Row):
    claim_uid: str
    doc_id: str
    category: str  # hedge | loaded
    text: str
    start_char: int
    end_char: int
    entry: str | None


@table("duplicates", key=("content_hash", "original_id", "outlet"), keep_first=True)
class DuplicateRow(Row):
    content_hash: str  # the republished copy's text hash
    original_id: str  # the stored document it copies
    kind: str  # exact | near
    similarity: float  # estimated Jaccard of word shingles
    outlet: str
    title: str | None
    date: str | dt.date | None
    url: str | None
    path: str | None
    detected_at: dt.datetime


@table("ingest_errors", key=("path", "reason"))
class IngestErrorRow(Row):
    path: str
    reason: str
    first_seen: dt.datetime
    attempts: int = 1
    last_seen: dt.datetime | None = None
    kind: str = "error"  # error | skipped (not analysed on purpose)


@table("stories", key=("story_id",))
class StoryRow(Row):
    story_id: str
    plover_type: str
    types: str  # JSON list
    source_countries: str  # JSON list
    target_countries: str  # JSON list
    location_country: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    quantity: float | None
    status: str
    independent_sources: int
    n_reports: int
    n_articles: int
    n_outlets: int
    updated_at: dt.datetime
    headline: str | None = None
    # JSON: reports, answers and conflicts as shown (store/story_detail.py), written by
    # write_details after the story's other rows
    detail: str | None = field(default=None, metadata=GENERATED)


@table("story_reports")
class StoryReportRow(Row):
    story_id: str
    event_uid: str | None
    doc_id: str
    outlet: str | None
    kind: str  # report | copy-exact | copy-near | denial
    independent: bool | None
    depends_on: str | None
    claim_uid: str | None
    sourcing_grade: str | None


@table("story_conflicts")
class StoryConflictRow(Row):
    story_id: str
    field: str
    values: str  # JSON list
    evidence: str  # JSON list


# every table, in the order exports list them
ROW_TYPES: dict[str, type[Row]] = {cls.TABLE: cls for cls in (
    DocumentRow, OutletRow, ActorRow, MentionRow, EventRow, EventParticipantRow, ClaimRow,
    AttributionRow, FlagRow, DuplicateRow, IngestErrorRow, StoryRow, StoryReportRow,
    StoryConflictRow, MetaRow)}
TABLES = tuple(ROW_TYPES)


@cache
def columns(kind: type[Row]) -> tuple[str, ...]:
    """Every column of the table, in order."""
    return tuple(f.name for f in fields(kind))  # type: ignore[arg-type]


@cache
def written_columns(kind: type[Row]) -> tuple[str, ...]:
    """The columns a write fills in (all but the generated ones), in order."""
    return tuple(f.name for f in fields(kind)  # type: ignore[arg-type]
                 if not f.metadata.get("generated"))


def quoted(names: Sequence[str]) -> str:
    """Column names for SQL text, each quoted (``values`` is a keyword)."""
    return ", ".join(f'"{name}"' for name in names)


def first_of_each_key(kind: type[Row], rows: Sequence[Row]) -> Sequence[Row]:
    """The rows without repeats of a primary key (the first one stays) for a table that
    keeps first rows; the rows as they are for the others."""
    if not kind.KEEP_FIRST:
        return rows
    key = attrgetter(*kind.KEY)
    unique: dict[Any, Row] = {}
    for row in rows:
        unique.setdefault(key(row), row)
    return list(unique.values())


def frame(kind: type[Row], rows: Sequence[Row]) -> pd.DataFrame:
    """The one way rows are written: a DataFrame of the written columns in table order,
    missing values as None (DuckDB and Parquet read it in one scan)."""
    import pandas as pd

    cols = written_columns(kind)
    values = attrgetter(*cols)
    data = pd.DataFrame.from_records([values(row) for row in rows], columns=list(cols))
    return data.astype(object).where(data.notna(), None)


@dataclass
class Rows:
    """A batch of rows for the tables one analysed article adds to."""

    documents: list[DocumentRow] = field(default_factory=list)
    outlets: list[OutletRow] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    event_participants: list[EventParticipantRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    attributions: list[AttributionRow] = field(default_factory=list)
    flags: list[FlagRow] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))

    def tables(self) -> Iterator[tuple[type[Row], list[Row]]]:
        """(row type, rows) of each table, in the order of the fields."""
        for name in self.__dataclass_fields__:
            yield ROW_TYPES[name], getattr(self, name)
