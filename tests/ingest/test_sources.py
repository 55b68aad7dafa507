"""Reading inputs: folders, globs, JSON Lines and feeds, each article or error named."""

from __future__ import annotations

import json

from newsledger.ingest.sources import count_articles, expand, read_items
from newsledger.inputs import InputError, Skipped
from newsledger.model import Document

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire - Top stories</title>
  <link href="https://www.atomwire.example/"/>
  <link rel="self" href="https://feeds.atomwire.example/top.atom"/>
  <entry>
    <title>Talks in Doha</title>
    <link href="https://example.org/doha"/>
    <updated>2025-11-20T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Qatar hosted talks between Israel and Hamas on
      Wednesday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Officials said
      the talks would resume.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Empty one</title>
    <updated>2025-11-21T08:00:00Z</updated>
  </entry>
</feed>
"""


def test_expand_walks_folders_and_globs_skips_hidden_and_names_the_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "b" / "two.json").write_text("{}")
    (tmp_path / "a" / ".hidden.txt").write_text("x")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "HEAD.txt").write_text("x")
    files, missing = expand([str(tmp_path / "a"), str(tmp_path / "a" / "*.txt"),
                             str(tmp_path / "nope"), str(tmp_path / "*.none")])
    assert sorted(f.name for f in files) == ["one.txt", "two.json"]  # no doubles or hidden
    assert [m.name for m in missing] == [str(tmp_path / "nope"), str(tmp_path / "*.none")]


def test_atom_entries_become_documents_with_feed_metadata(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    items = list(read_items(path))
    assert count_articles(path) == 2
    doc, error = items
    assert isinstance(doc, Document) and isinstance(error, Skipped)  # a headline only
    assert "headline only" in error.reason
    assert (doc.outlet, doc.date, doc.url, doc.title) == (  # the site, not the feed's title
        "atomwire.example", "2025-11-20", "https://example.org/doha", "Talks in Doha")
    assert (doc.encoding, doc.encoding_how) == ("utf-8", "utf-8")
    assert "Qatar hosted talks" in doc.text and "alert" not in doc.text
    assert doc.path == f"{path}#1" and error.name == f"{path}#2"
    override = next(iter(read_items(path, outlet="My Desk")))
    assert override.outlet == "My Desk"


def test_jsonl_lines_are_articles_and_bad_lines_are_named(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": "Iran and Oman held talks.", "outlet": "A",
                         "date": "2025-03-04"}),
             "", "{oops", json.dumps({"text": "   "}),
             json.dumps({"text": "Chad closed its border.", "title": "Border"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_items(path, outlet=None))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "InputError", "InputError", "Document"]
    assert items[1].name.endswith(":3") and "malformed JSON" in items[1].reason
    assert items[2].name.endswith(":4") and "empty" in items[2].reason
    assert items[0].outlet == "A" and items[0].date == "2025-03-04"
    assert items[3].text.startswith("Border\n\n")
    assert count_articles(path) == 4


def test_jsonl_fields_of_the_wrong_type_are_errors_not_crashes(tmp_path):
    path = tmp_path / "typed.jsonl"
    path.write_text(json.dumps({"text": "Chad closed its border.", "title": ["x"]}) + "\n"
                    + json.dumps({"text": "Niger opened its border.", "outlet": 7}) + "\n",
                    encoding="utf-8")
    items = list(read_items(path))
    assert all(isinstance(i, InputError) for i in items)
    assert "'title' must be a string" in items[0].reason
    assert "'outlet' must be a string" in items[1].reason
