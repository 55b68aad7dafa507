"""Build the real-text gold splits (tests/gold/real/{train,dev,test}.jsonl) from the coded
items: an item both coders coded alike keeps coder A's coding; an item they differed on
takes the adjudicated coding (tests/gold/real/coding/adjudicated.jsonl, with its ``why``).
Documents, not items, are split (seeded shuffle within each folder, so statements,
readouts and wire news are in every split): about 55% of the items train, 15% dev, 30%
test. Documents that share a run of 8 words (two reports on one story, a statement's
boilerplate) stay in one split, so no test text is seen in training
(tests/test_overlap.py). Re-running gives the same files.

Usage: python bench/real_gold.py
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real"
CODING = REAL / "coding"
SEED = 13
SHARES = (("test", 0.30), ("dev", 0.15), ("train", 0.55))


def rows(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = row
    return out


def coded() -> dict[str, dict]:
    a: dict[str, dict] = {}
    for part in sorted((CODING / "a").glob("part*.jsonl")):
        a.update(rows(part))
    final = dict(a)
    final.update(rows(CODING / "adjudicated.jsonl"))
    return final


def grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}


def groups(docs: list[str]) -> list[list[str]]:
    """Documents joined when they share an 8-word run (connected groups, in doc order)."""
    seen = {d: grams((REAL / d).read_text(encoding="utf-8")) for d in docs}
    parent = {d: d for d in docs}

    def root(d: str) -> str:
        while parent[d] != d:
            d = parent[d]
        return d

    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            if seen[a] & seen[b]:
                parent[root(b)] = root(a)
    out: dict[str, list[str]] = {}
    for d in docs:
        out.setdefault(root(d), []).append(d)
    return list(out.values())


def split_of_docs(items: list[dict]) -> dict[str, str]:
    by_doc: dict[str, int] = {}
    for item in items:
        by_doc[item["doc"]] = by_doc.get(item["doc"], 0) + 1
    rng = random.Random(SEED)
    out: dict[str, str] = {}
    for folder in ("texts", "long"):
        clusters = groups(sorted(d for d in by_doc if d.startswith(folder + "/")))
        rng.shuffle(clusters)
        total = sum(by_doc[d] for c in clusters for d in c)
        filled = {name: 0 for name, _ in SHARES}
        for cluster in clusters:
            name = next((n for n, share in SHARES if filled[n] < share * total), "train")
            for doc in cluster:
                out[doc] = name
                filled[name] += by_doc[doc]
    return out


def outlets() -> dict[str, str]:
    """Each document's publisher, as its manifest records it ("texts/001_….txt" -> …)."""
    out: dict[str, str] = {}
    for folder, manifest in (("texts", REAL / "manifest.jsonl"),
                             ("long", REAL / "long" / "manifest.jsonl")):
        for row in rows_of(manifest):
            name = row["file"] if row["file"].startswith(folder + "/") \
                else f"{folder}/{row['file']}"
            out[name] = row["publisher"]
    return out


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> None:
    items = list(rows(CODING / "items.jsonl").values())
    publishers = outlets()
    final = coded()
    splits = split_of_docs(items)
    out: dict[str, list[str]] = {name: [] for name, _ in SHARES}
    for item in items:
        code = final[item["id"]]
        gold = {"id": item["id"], "doc": item["doc"], "date": item["date"],
                "outlet": publishers[item["doc"]],
                "context": item["context"], "text": item["text"],
                "events": code.get("events") or [], "actors": code.get("actors") or [],
                "claims": code.get("claims") or []}
        out[splits[item["doc"]]].append(json.dumps(gold, ensure_ascii=False))
    for name, lines in out.items():
        (REAL / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        docs = {json.loads(line)["doc"] for line in lines}
        events = sum(len(json.loads(line)["events"]) for line in lines)
        print(f"{name}: {len(lines)} items, {len(docs)} documents, {events} events")


if __name__ == "__main__":
    main()
