"""No text we tune on or test with shares an 8-word run with the held-out texts (issue 13):
the external PLOVER records (../shared/benchmarks/plover_gsr.jsonl) and the documents of
the real-text test split (tests/gold/real/test.jsonl). Checked: every training and tuning
split, every data file (lexicons, dictionaries, corpora, cases, examples) and every string
in the test code. Words are lower-cased runs of letters and digits. The actor dictionaries
(data/actors/) hold names, not text: "the Organization for Security and Co-operation in
Europe" is eight words of a name, so they are left out."""

from __future__ import annotations

import ast
import json
import re

import pytest
from helpers import ROOT

WORD = re.compile(r"[a-z0-9]+")
N = 8
REAL = ROOT / "tests" / "gold" / "real"
PLOVER = ROOT.parent / "shared" / "benchmarks" / "plover_gsr.jsonl"


def grams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def held_out() -> dict[str, set[tuple[str, ...]]]:
    out = {}
    docs = {json.loads(line)["doc"] for line in
            (REAL / "test.jsonl").read_text(encoding="utf-8").splitlines()}
    for doc in sorted(docs):
        out[f"real test {doc}"] = grams((REAL / doc).read_text(encoding="utf-8"))
    if PLOVER.exists():
        records = [json.loads(line) for line in PLOVER.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        out["plover_gsr"] = set().union(*(grams(r.get("text") or "") for r in records))
    return out


def ours() -> dict[str, str]:
    """Every text we tune on or test with, by where it is."""
    out: dict[str, str] = {}
    test_docs = {json.loads(line)["doc"] for line in
                 (REAL / "test.jsonl").read_text(encoding="utf-8").splitlines()}
    for split in ("train", "dev"):
        for line in (REAL / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            out[f"real {split} {item['id']}"] = item["text"]
    for doc in sorted(p for p in REAL.glob("*/*.txt")):
        name = f"{doc.parent.name}/{doc.name}"
        if name not in test_docs:
            out[f"real text {name}"] = doc.read_text(encoding="utf-8")
    for folder in (ROOT / "src" / "newsledger" / "data", ROOT / "tests" / "data",
                   ROOT / "examples"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "actors" in path.relative_to(folder).parts[:1]:
                continue
            if path.suffix in (".yaml", ".yml", ".csv", ".json", ".jsonl", ".txt", ".md",
                               ".html", ".xml"):
                out[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8",
                                                                  errors="replace")
    for gold in ("dev", "test"):
        out[f"tests/gold/{gold}.jsonl"] = (ROOT / "tests" / "gold" / f"{gold}.jsonl"
                                           ).read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests").rglob("*.py")):
        strings = [n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        out[str(path.relative_to(ROOT))] = "\n".join(strings)
    return out


def test_nothing_we_use_shares_an_8_word_run_with_held_out_text():
    held = held_out()
    assert any(k.startswith("real test") for k in held)
    found = []
    for where, text in ours().items():
        mine = grams(text)
        for name, theirs in held.items():
            shared = mine & theirs
            if shared:
                found.append((where, name, " ".join(sorted(shared)[0])))
    assert not found, found[:10]


@pytest.mark.parametrize("text, expected", [
    ("One two three four five six seven eight", 1),
    ("One two three four five six seven", 0),
])
def test_runs_are_eight_lower_cased_words(text, expected):
    assert len(grams(text)) == expected
