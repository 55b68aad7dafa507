"""Ingest into real DuckDB files: idempotence, republications, bad inputs, worker processes."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import duckdb
from ledger_fixtures import EXAMPLES, counts, example_articles, example_count, ingest, write_corpus


def test_examples_are_stored_with_their_analysis(example_db):
    c = counts(example_db)
    assert c["documents"] == example_count() == 12
    assert c["events"] > 20 and c["claims"] >= c["documents"]
    assert c["attributions"] == c["claims"]
    con = duckdb.connect(str(example_db), read_only=True)
    seed = con.execute("SELECT doc_id, date, path FROM documents WHERE title LIKE "
                       "'Pakistan to send 20,000 troops%'").fetchone()
    assert seed is not None and str(seed[1]) == "2025-10-28"
    pakmil = con.execute("SELECT count(*) FROM events WHERE doc_id = ? AND source_code = "
                         "'PAKMIL' AND plover_type = 'MOBILIZE' AND quantity = 20000",
                         [seed[0]]).fetchone()[0]
    assert pakmil >= 1
    con.close()


def test_second_ingest_adds_nothing(tmp_path, analyzer):
    db = tmp_path / "l.duckdb"
    first = ingest(db, [str(EXAMPLES)], analyzer).stats
    before = counts(db)
    second = ingest(db, [str(EXAMPLES)], analyzer).stats
    n = example_count()
    assert first.new == n and second.new == 0 and second.duplicate == n
    assert counts(db) == before


def test_near_duplicate_and_wire_copy_are_linked_not_analysed(tmp_path, analyzer):
    date, headline, paragraphs = example_articles()[0]
    original = {"text": "\n\n".join(paragraphs[:4]), "title": headline, "date": date,
                "outlet": "Wire A"}
    edited = dict(original, outlet="Daily B",
                  text=original["text"].replace("20,000", "twenty thousand") + " More soon.")
    copy = dict(original, outlet="Post C")  # the same text from another outlet
    same_outlet = dict(original)  # sent twice by the same outlet: nothing to record
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in
                            (original, edited, copy, same_outlet)))
    db = tmp_path / "l.duckdb"
    stats = ingest(db, [str(path)], analyzer).stats
    assert (stats.new, stats.near_duplicate, stats.duplicate) == (1, 1, 2)
    con = duckdb.connect(str(db), read_only=True)
    doc_id = con.execute("SELECT doc_id FROM documents").fetchone()[0]
    rows = con.execute("SELECT kind, original_id, outlet, similarity FROM duplicates "
                       "ORDER BY kind").fetchall()
    con.close()
    assert [(k, o, out) for k, o, out, _ in rows] == [("exact", doc_id, "Post C"),
                                                      ("near", doc_id, "Daily B")]
    assert 0.8 <= rows[1][3] < 1.0
    again = ingest(db, [str(path)], analyzer).stats  # and nothing doubles on a re-run
    assert again.new == 0 and counts(db)["duplicates"] == 2


def test_threshold_decides_what_is_a_near_duplicate(tmp_path, analyzer):
    date, headline, paragraphs = example_articles()[1]
    a = {"text": "\n\n".join(paragraphs[:3]), "title": headline, "date": date}
    b = dict(a, text="\n\n".join(paragraphs[:2]) + "\n\nA different closing paragraph "
             "about an entirely unrelated matter in another country altogether.")
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    strict = ingest(tmp_path / "strict.duckdb", [str(path)], analyzer, threshold=0.99).stats
    loose = ingest(tmp_path / "loose.duckdb", [str(path)], analyzer, threshold=0.3).stats
    assert strict.new == 2 and loose.new == 1 and loose.near_duplicate == 1


BAD_INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  \t\n",
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 50,
    "latin1.txt": "date 2025-01-02 Caf\xe9\n\nLe caf\xe9 est ferm\xe9.".encode("latin-1"),
    "broken.json": b'{"text": "unterminated',
    "notext.json": b'{"title": "no text here"}',
    "baddate.json": b'{"text": "Israel attacked Iran.", "date": "yesterday"}',
    "lines.jsonl": b'{"text": "Russia attacked Ukraine on Monday."}\nnot json\n[1, 2]\n',
    "nothing.html": b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>",
    "broken.rss": b"<?xml version='1.0'?><rss><channel><item><title>unclosed",
    "empty-feed.xml": b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
                      b"</channel></rss>",
    "picture.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "huge.txt": b"Word " * 600_000,
}


CASES = Path(__file__).resolve().parents[1] / "data" / "cases"
ANKARA = ("date 2025-11-04 Talks in Ankara\n\nTurkey\u2019s foreign minister met his Greek "
          "counterpart in Ankara on Tuesday. \u201cWe agreed to keep talking,\u201d he said.")
ALERT = (b"<rss version='2.0'><channel><title>Google Alert - Sudan</title>"
         b"<link>https://www.google.com/alerts</link><item><title>Sudan army meets envoys</title>"
         b"<link>https://www.google.com/url?url=https://www.dawn.com/news/7&amp;ct=ga</link>"
         b"<description>&lt;p&gt;Sudan&amp;#8217;s army met African Union envoys in Port Sudan"
         b" on Monday.&lt;/p&gt;</description></item></channel></rss>")
BOILERPLATE = "Read the latest news and analysis from Pakistan and the world on Frontier Post."
HEADLINES = ("Army kills six militants in Bannu", "Senate passes the budget bill",
             "Flood relief reaches Sindh", "Karachi police arrest robbery suspects",
             "Cricket board names selectors")


def _rss(items: list[tuple[str, str | None]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>https://frontierpost.example/{i}</link>"
        + (f"<description>{body}</description>" if body else "") + "</item>"
        for i, (title, body) in enumerate(items))
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Frontier Post - Home"
            f"</title><link>https://www.frontierpost.example/</link>{entries}</channel></rss>"
            ).encode()


GOOD_INPUTS: dict[str, bytes] = {  # each stored: (file, articles)
    "cp1252.txt": ANKARA.encode("cp1252"),
    "utf16.txt": ANKARA.replace("Ankara", "Athens").encode("utf-16"),
    "alerts": ALERT,  # a feed without extension or <?xml header
    "wire.xml.gz": gzip.compress(ALERT.replace(b"/7", b"/8").replace(b"Sudan&amp;",
                                                                     b"Chad&amp;")),
    "boilerplate.rss": _rss([(t, BOILERPLATE) for t in HEADLINES]),  # 5 articles
}
SKIPPED_INPUTS: dict[str, bytes] = {
    "headlines.rss": _rss([(t, None) for t in HEADLINES[:2]]),  # headline only, twice
    "german.txt": ("Die Bundesregierung hat am Dienstag neue Ma\u00dfnahmen gegen die Inflation"
                   " beschlossen, teilte ein Sprecher in Berlin mit.").encode("utf-8"),
    "paywall.html": (CASES / "21_paywall_teaser.html").read_bytes(),
    "home.html": b"<html><head><meta property='og:type' content='website'><link rel="
                 b"'canonical' href='https://frontierpost.example/'></head><body><article><h2>"
                 b"<a href='/1'>Talks resume in Doha</a></h2><p>Delegations met on Sunday, "
                 b"officials said in a statement.</p></article></body></html>",
}


def test_bad_input_zoo_is_recorded_and_the_good_are_kept(tmp_path, analyzer):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in {**BAD_INPUTS, **GOOD_INPUTS, **SKIPPED_INPUTS}.items():
        (folder / name).write_bytes(data)
    good = (EXAMPLES / "2025-11-05_pakistan-bannu-checkpoint-bombing.txt").read_bytes()
    (folder / "good.txt").write_bytes(good)
    feed = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed Wire</title>"
            b"<item><title>Sudan talks</title><link>https://example.org/a</link>"
            b"<pubDate>Tue, 18 Nov 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;Sudan's "
            b"army met envoys of the African Union in Port Sudan on Monday.&lt;/p&gt;"
            b"</description></item></channel></rss>")
    (folder / "good.rss").write_bytes(feed)
    db = tmp_path / "l.duckdb"
    stats = ingest(db, [str(folder), str(tmp_path / "missing.txt")], analyzer).stats
    # good.txt, good.rss, latin1.txt (its encoding is detected since the reader does so),
    # the one good line of lines.jsonl, and GOOD_INPUTS: 4 files and 5 boilerplate items
    assert stats.new == 4 + 4 + 5 and stats.near_duplicate == 0
    con = duckdb.connect(str(db), read_only=True)
    errors = dict(con.execute("SELECT path, reason FROM ingest_errors WHERE kind = 'error'"
                              ).fetchall())
    skipped = dict(con.execute("SELECT path, reason FROM ingest_errors WHERE kind = "
                               "'skipped'").fetchall())
    rss = con.execute("SELECT outlet, date, url FROM documents WHERE path LIKE '%good.rss%'"
                      ).fetchone()
    latin1 = con.execute("SELECT text FROM documents WHERE path LIKE '%latin1.txt'").fetchone()
    read = {Path(p).name.split("#")[0]: (e, how, lang, outlet) for p, e, how, lang, outlet in
            con.execute("SELECT path, encoding, encoding_how, language, outlet FROM documents"
                        ).fetchall()}
    boiler = con.execute("SELECT count(*) FROM documents WHERE path LIKE '%boilerplate.rss#%'"
                         ).fetchone()[0]
    con.close()
    expected = {
        "empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary",
        "broken.json": "malformed JSON", "notext.json": "'text'",
        "baddate.json": "date", "lines.jsonl:2": "malformed JSON", "lines.jsonl:3": "object",
        "nothing.html": "no article text", "broken.rss": "feed", "empty-feed.xml": "entries",
        "picture.png": "unsupported", "huge.txt": "too large", "missing.txt": "no such",
    }
    expected_skips = {
        "headlines.rss#1": "headline only", "headlines.rss#2": "headline only",
        "german.txt": "German text (de)", "paywall.html": "paywall stub",
        "home.html": "a homepage",
    }
    for found, wanted in ((errors, expected), (skipped, expected_skips)):
        for suffix, reason in wanted.items():
            hits = [r for p, r in found.items() if p.endswith(suffix)]
            assert hits and reason in hits[0], (suffix, found)
        assert len(found) == len(wanted)
    assert (stats.failed, stats.skipped) == (len(expected), len(expected_skips))
    assert latin1 is not None and "Le caf\xe9 est ferm\xe9." in latin1[0]
    assert rss == ("example.org", dt.date(2025, 11, 18), "https://example.org/a")
    assert read["cp1252.txt"][:3] == ("cp1252", "detected", "en")
    assert read["utf16.txt"][:2] == ("utf-16", "bom")
    assert read["alerts"][3] == read["wire.xml.gz"][3] == "dawn.com"
    assert read["good.txt"][:3] == ("utf-8", "utf-8", "en") and boiler == 5
    again = ingest(db, [str(folder), str(tmp_path / "missing.txt")], analyzer).stats
    assert (again.new, again.near_duplicate) == (0, 0)
    assert (again.failed, again.skipped) == (len(expected), len(expected_skips))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), min(attempts) FROM ingest_errors").fetchone() == (
        len(expected) + len(expected_skips), 2)
    con.close()


def test_two_worker_processes_store_the_same_as_one(tmp_path, analyzer):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 12)
    one = tmp_path / "one.duckdb"
    two = tmp_path / "two.duckdb"
    ingest(one, [str(corpus)], analyzer, batch_size=3)
    stats = ingest(two, [str(corpus)], analyzer, jobs=2, batch_size=3).stats
    assert stats.new + stats.near_duplicate + stats.duplicate == 12
    assert counts(one) == counts(two)
    query = "SELECT event_uid, plover_type, source_code, target_code, status FROM events " \
            "ORDER BY event_uid"
    rows = [duckdb.connect(str(db), read_only=True).execute(query).fetchall()
            for db in (one, two)]
    assert rows[0] == rows[1] and rows[0]
