"""Full-text search (newsledger.search): the query syntax, ranking, kinds and pages, and an
index that keeps up with the ledger: after each ingest, after a crash between the ledger's
commit and the index's update, after being deleted, damaged or rebuilt. Real ledgers: the
examples ingested once (copied per test), and articles ingested by the real ingest."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from ledger_fixtures import ingest

from newsledger.reader import document_id
from newsledger.search import (
    KINDS,
    SearchError,
    SearchIndex,
    fts_query,
    index_path,
    rebuild,
    search,
)
from newsledger.search.results import best_sentence, unmark
from newsledger.store import Ledger

SANCTIONS = {  # the word three times, in the title and the text: the better match
    "title": "Sanctions on Minsk widen", "date": "2025-11-21", "outlet": "Wire A",
    "text": "The European Union widened sanctions on Belarus on Friday. The sanctions "
            "cover potash exports. Diplomats said more sanctions may follow."}
PASSING = {  # the word once, in a longer text
    "title": "Harvest festival opens in Minsk", "date": "2025-11-22", "outlet": "Daily B",
    "text": "Thousands gathered in Minsk on Saturday for the harvest festival. Farmers "
            "sold grain and honey in the square. One stall sold books about sanctions "
            "history. The festival runs for three days, organisers said."}


def write_json(folder: Path, name: str, article: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(article), encoding="utf-8")
    return path


@pytest.fixture
def ledger_copy(example_db, tmp_path) -> Path:
    """A copy of the examples ledger, without an index yet."""
    db = tmp_path / "examples.duckdb"
    shutil.copyfile(example_db, db)
    return db


def notes_of(db: Path, *args, **kwargs):
    notes: list[str] = []
    return search(db, *args, note=notes.append, **kwargs), notes


# -- the query syntax ---------------------------------------------------------------

def test_query_words_are_quoted_and_joined_by_and():
    assert fts_query('gaza "peace force" army OR military troop*') == (
        '"gaza" AND "peace force" AND ("army" OR "military") AND "troop" *')


def test_query_syntax_of_fts5_is_searched_as_text():
    assert fts_query('title:x NEAR(a b) -c d"e"f') == (
        '"title:x" AND "NEAR(a" AND "b)" AND "-c" AND "d""e""f"')


@pytest.mark.parametrize("text, says", [
    ("", "empty"), ("   ", "empty"), ('troops "gaza', "unclosed"), ("OR army", "OR needs"),
    ("army OR", "OR needs"), ("army OR OR navy", "OR needs"), ("&& !!", "nothing to search"),
    ("x" * 501, "at most")])
def test_malformed_query_is_one_line_error(text, says):
    with pytest.raises(SearchError) as caught:
        fts_query(text)
    message = str(caught.value)
    assert says in message and "\n" not in message and "fts5" not in message


def test_malformed_query_never_reaches_the_index(ledger_copy):
    with pytest.raises(SearchError, match="unclosed"):
        search(ledger_copy, 'troops "gaza')
    assert not index_path(ledger_copy).exists()


# -- snippets and sentences -----------------------------------------------------------

def test_unmark_gives_plain_text_and_offsets():
    assert unmark("a \x02bc\x03 d \x02e\x03") == ("a bc d e", [(2, 4), (7, 8)])
    assert unmark("a\n\n\x02b\x03", squeeze=True) == ("a b", [(2, 3)])


def test_best_sentence_has_most_distinct_words_and_skips_the_headline():
    text = "\x02Troops\x03 to \x02Gaza\x03. Rain fell. \x02Troops\x03 left \x02Gaza\x03 today."
    starts = [0, 16, 27]
    assert best_sentence(text, starts) == 0
    assert best_sentence(text, starts, headline=True) == 2
    assert best_sentence("no marks here", starts) is None


# -- ranking, kinds, pages --------------------------------------------------------------

def test_better_match_ranks_first_and_links_its_sentence(tmp_path, analyzer):
    db = tmp_path / "two.duckdb"
    ingest(db, [str(write_json(tmp_path, "a.json", PASSING)),
                str(write_json(tmp_path, "b.json", SANCTIONS))], analyzer)
    hits = search(db, "sanctions", kind="article").hits
    assert [h.title for h in hits] == [SANCTIONS["title"], PASSING["title"]]
    assert hits[0].score > hits[1].score
    with Ledger(db, read_only=True) as ledger:
        analysis = json.loads(ledger.scalar("SELECT analysis FROM documents WHERE doc_id = ?",
                                            [hits[1].doc_id]))
    sentence = analysis["sentences"][hits[1].sentence]
    assert "sanctions" in analysis["document"]["text"][sentence["start"]:sentence["end"]]
    for hit in hits:  # each match offset covers the word in the snippet
        assert all(hit.snippet[s:e].lower().startswith("sanction") for s, e in hit.matches)


def test_kinds_filter_and_offsets_page_through(ledger_copy):
    everything = search(ledger_copy, "Pakistan", limit=12).hits
    assert {h.kind for h in everything} == set(KINDS)
    for kind in KINDS:
        assert {h.kind for h in search(ledger_copy, "Pakistan", kind=kind).hits} == {kind}
    first, second = (search(ledger_copy, "Pakistan", limit=3, offset=o) for o in (0, 3))
    assert [h.key for h in first.hits + second.hits] == [h.key for h in everything[:6]]
    assert first.more and not search(ledger_copy, "Pakistan", offset=10_000).hits
    with pytest.raises(SearchError, match="kind"):
        search(ledger_copy, "Pakistan", kind="story")


def test_actor_found_by_alias_and_claim_by_its_source(ledger_copy):
    actor = search(ledger_copy, "Foreign Office", kind="actor").hits[0]
    assert actor.title == "Foreign Office" and actor.snippet == "Foreign Office"
    claim = search(ledger_copy, "Foreign Office rejected", kind="claim").hits[0]
    assert claim.doc_id and claim.sentence is not None and claim.grade in "ABCDE"


# -- keeping up with the ledger -----------------------------------------------------------

def test_search_finds_an_article_within_one_ingest(ledger_copy, tmp_path, analyzer):
    search(ledger_copy, "Pakistan")  # the index exists and covers the ledger
    ingest(ledger_copy, [str(write_json(tmp_path, "new.json", SANCTIONS))], analyzer)
    with SearchIndex(index_path(ledger_copy)) as index:  # the ingest wrote it, not a search
        titles = {r[0] for r in index.db.execute("SELECT title FROM docs")}
    assert SANCTIONS["title"] in titles
    hits = search(ledger_copy, "potash", kind="article").hits
    assert [h.title for h in hits] == [SANCTIONS["title"]]


def test_catch_up_after_a_crash_between_commit_and_index(ledger_copy, tmp_path, analyzer,
                                                          monkeypatch):
    search(ledger_copy, "Pakistan")
    # the ledger commits the batch, then the process dies before the index is written
    monkeypatch.setattr("newsledger.ingest.ingestor.index_written", lambda *a: False)
    ingest(ledger_copy, [str(write_json(tmp_path, "new.json", SANCTIONS))], analyzer)
    results, notes = notes_of(ledger_copy, "potash", kind="article")
    assert [h.title for h in results.hits] == [SANCTIONS["title"]]
    assert len(notes) == 1 and "added 1 articles" in notes[0]
    assert notes_of(ledger_copy, "potash")[1] == []  # caught up once, quiet after


def test_missing_index_is_built_with_a_note(ledger_copy):
    results, notes = notes_of(ledger_copy, "Belgrade")
    assert results.hits and index_path(ledger_copy).exists()
    assert len(notes) == 1 and "no search index yet" in notes[0]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_index_is_rebuilt_with_a_note(ledger_copy, damage):
    expected = [h.key for h in search(ledger_copy, "Belgrade").hits]
    path = index_path(ledger_copy)
    if damage == "garbage":
        path.write_bytes(b"this is not an index" * 100)
    else:  # a valid header and a damaged body
        with path.open("r+b") as f:
            f.seek(4096)
            f.write(b"\xff" * 65536)
    results, notes = notes_of(ledger_copy, "Belgrade")
    assert [h.key for h in results.hits] == expected
    assert any("could not be read" in n for n in notes)
    assert all("\n" not in n for n in notes)


def test_rebuild_from_scratch(ledger_copy):
    search(ledger_copy, "Pakistan")
    with SearchIndex(index_path(ledger_copy)) as index:  # lose some rows behind its back
        index.db.execute("DELETE FROM article_text")
    with Ledger(ledger_copy, read_only=True) as ledger:
        done = rebuild(ledger, note=lambda line: None)
        documents = ledger.scalar("SELECT count(*) FROM documents")
        actors = ledger.scalar("SELECT count(*) FROM actors")
    assert (done.added, done.actors_added) == (documents, actors)
    assert search(ledger_copy, "Belgrade", kind="article").hits


def test_index_from_elsewhere_drops_what_the_ledger_lacks(ledger_copy, tmp_path, analyzer):
    other = tmp_path / "other.duckdb"
    ingest(other, [str(write_json(tmp_path, "x.json", PASSING))], analyzer)
    search(other, "festival")
    shutil.copyfile(index_path(other), index_path(ledger_copy))  # the wrong index
    results, notes = notes_of(ledger_copy, "festival")
    assert results.hits == [] and "removed 1 articles" in notes[0]


def test_a_busy_index_waits_then_answers(ledger_copy):
    search(ledger_copy, "Pakistan")
    blocker = sqlite3.connect(index_path(ledger_copy), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock; readers go on
    try:
        assert search(ledger_copy, "Belgrade").hits
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_an_index_that_cannot_be_written_is_one_line(ledger_copy):
    """A folder where the index file should be: a SearchError naming it, no traceback."""
    index_path(ledger_copy).mkdir()
    with pytest.raises(SearchError, match="cannot be written"):
        search(ledger_copy, "troops", note=lambda _: None)
    with Ledger(ledger_copy, read_only=True) as ledger, pytest.raises(SearchError):
        rebuild(ledger, note=lambda _: None)


def test_a_rebuilt_index_keeps_the_ingest_order(ledger_copy, tmp_path, analyzer):
    """Common words rank only the newest matches (the highest rowids), so a rebuild or a
    catch-up adds articles in ingest order, as the ingest itself does, not in id order."""
    for name, article in sorted([("a.json", SANCTIONS), ("b.json", PASSING)],
                                key=lambda item: -int(document_id(item[1]["text"]), 16)):
        ingest(ledger_copy, [str(write_json(tmp_path, name, article))], analyzer)
    with Ledger(ledger_copy, read_only=True) as ledger:
        rebuild(ledger, note=lambda _: None)
        order = [r[0] for r in ledger.con.execute(
            "SELECT doc_id FROM documents ORDER BY ingested_at, doc_id").fetchall()]
    assert order != sorted(order)  # the later article has the smaller id
    con = sqlite3.connect(index_path(ledger_copy))
    try:
        indexed = [r[0] for r in con.execute("SELECT doc_id FROM docs ORDER BY rowid")]
    finally:
        con.close()
    assert indexed == order
