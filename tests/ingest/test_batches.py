"""What one article can do to its batch (nothing), and which articles are one: short texts
are never near duplicates, a link and title identify an outlet's article."""

from __future__ import annotations

import json

import duckdb
from ledger_fixtures import counts, example_articles, ingest

from newsledger.ingest.worker import analyze_to_rows


class Raising:
    """The real analyzer, except that a document containing BOOM raises (as spaCy does on a
    text over its length limit): in a batch, and alone."""

    def __init__(self, real):
        self.real, self.res = real, real.res

    def analyze_many(self, documents):
        documents = list(documents)
        if any("BOOM" in d.text for d in documents):
            raise RuntimeError("the batch failed")
        return self.real.analyze_many(documents)

    def analyze_document(self, doc):
        if "BOOM" in doc.text:
            raise ValueError("[E088] Text of length 1200000 exceeds maximum\nsecond line")
        return self.real.analyze_document(doc)


def _articles(n: int) -> list[dict]:
    return [{"text": "\n\n".join(paragraphs[:3]), "title": headline, "date": date,
             "outlet": "Wire A", "url": f"https://wire-a.example/{i}"}
            for i, (date, headline, paragraphs) in enumerate(example_articles()[:n])]


def test_an_article_whose_analysis_raises_is_an_error_and_the_batch_is_kept(tmp_path,
                                                                           analyzer):
    items = _articles(3)
    bad = dict(items[1], text=items[1]["text"] + " BOOM", url="https://wire-a.example/boom")
    copy = dict(bad, outlet="Post C")  # a copy of the bad one, from another outlet
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in (items[0], bad, items[2], copy)))
    db = tmp_path / "l.duckdb"
    stats = ingest(db, [str(path)], Raising(analyzer), batch_size=10).stats
    assert (stats.new, stats.failed, stats.duplicate) == (2, 1, 1)
    (error,) = stats.errors
    assert error.name == f"{path}:2"
    assert error.reason == "analysis failed (ValueError: [E088] Text of length 1200000 " \
                           "exceeds maximum)"
    c = counts(db)
    assert c["documents"] == 2 and c["events"] > 0 and c["ingest_errors"] == 1
    assert c["duplicates"] == 0  # no link to an article that was not stored
    again = ingest(db, [str(path)], Raising(analyzer), batch_size=10).stats
    assert (again.new, again.failed, again.duplicate) == (0, 1, 3)  # 2 stored, 1 copy
    assert counts(db)["ingest_errors"] == 1


def test_the_worker_function_lists_failures_by_document(analyzer):
    from newsledger.reader import make_document

    good = make_document("Israel attacked Iran on Friday.", name="a")
    bad = make_document("BOOM goes the parser.", name="b")
    bad.path = "in.jsonl:7"
    analysed = analyze_to_rows(Raising(analyzer), [(good, b""), (bad, b"")])
    assert analysed.articles == 1 and len(analysed.rows.documents) == 1
    assert analysed.failed == [(bad.id, "in.jsonl:7", "analysis failed (ValueError: [E088] "
                                "Text of length 1200000 exceeds maximum)")]


def test_short_texts_with_the_same_summary_are_different_articles(tmp_path, analyzer):
    summary = "Read the latest news and analysis from Pakistan and the world on Frontier Post."
    items = [{"title": f"Headline number {i} about a different event", "text": summary,
              "url": f"https://frontierpost.example/{i}", "outlet": "frontierpost.example"}
             for i in range(4)]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in items))
    stats = ingest(tmp_path / "l.duckdb", [str(path)], analyzer).stats
    assert (stats.new, stats.near_duplicate) == (4, 0)


def test_a_link_and_title_identify_an_outlets_article(tmp_path, analyzer):
    long_body = "\n\n".join(example_articles()[0][2][:3])  # well over 40 words
    first = {"title": "Troops for Gaza", "text": long_body, "outlet": "Wire A",
             "url": "https://wire-a.example/1"}
    other_link = dict(first, title="Troops for Gaza: the vote", url="https://wire-a.example/2")
    edited = dict(first, text=long_body + " Updated at noon.")  # same link and title
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in (first, other_link, edited)))
    db = tmp_path / "l.duckdb"
    stats = ingest(db, [str(path)], analyzer).stats
    # another link of the same outlet is another article, however alike; the same link and
    # title again is the same article, edited
    assert (stats.new, stats.near_duplicate, stats.duplicate) == (2, 0, 1)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 0
    con.close()
    again = ingest(db, [str(path)], analyzer).stats
    assert (again.new, again.duplicate) == (0, 3)
