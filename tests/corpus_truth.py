"""The corroboration corpus (tests/data/corroboration) and its ground truth, and how a
ledger's stories are matched to it (used by tests/corroborate/)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from newsledger.store import Ledger

DATA = Path(__file__).resolve().parent / "data" / "corroboration"
ARTICLES = {a["id"]: a for a in map(json.loads, (DATA / "articles.jsonl").read_text(
    encoding="utf-8").splitlines())}
TRUTH = json.loads((DATA / "truth.json").read_text(encoding="utf-8"))["stories"]


def predicted_stories(ledger: Ledger, article: str, contains: str) -> set[str]:
    """The stories our events in that article's sentence went to (for a wire copy stored
    as a link: the stories that list the copy)."""
    url = ARTICLES[article]["url"]
    doc = ledger.scalar("SELECT doc_id FROM documents WHERE url = ?", [url])
    if doc is not None:
        rows = ledger.con.execute(
            "SELECT r.story_id FROM story_reports r JOIN events e USING (event_uid) "
            "WHERE e.doc_id = ? AND strpos(e.evidence, ?) > 0", [doc, contains]).fetchall()
    else:
        rows = ledger.con.execute(
            "SELECT r.story_id FROM duplicates d JOIN story_reports r "
            "ON r.doc_id = d.original_id AND r.outlet = d.outlet AND r.kind LIKE 'copy%' "
            "WHERE d.url = ?", [url]).fetchall()
    return {r[0] for r in rows}


def members(story: dict) -> list[dict]:
    """Every article's sentence the story lists: reports, denials and other answers."""
    return story["reports"] + story.get("denials", []) + story.get("others", [])


def grouping(ledger: Ledger) -> list[tuple[str, str, set[str]]]:
    return [(story["id"], r["article"], predicted_stories(ledger, r["article"],
                                                           r["sentence_contains"]))
            for story in TRUTH for r in members(story)]


def pairwise(items: list[tuple[str, str, set[str]]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for (g1, _, p1), (g2, _, p2) in itertools.combinations(items, 2):
        same_gold, same_pred = g1 == g2, bool(p1 & p2)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def best_story(items, gold_id: str) -> str:
    counts: dict[str, int] = {}
    for g, _, preds in items:
        if g == gold_id:
            for p in preds:
                counts[p] = counts.get(p, 0) + 1
    assert counts, f"no report of {gold_id} was grouped"
    return max(counts, key=lambda k: (counts[k], k))
