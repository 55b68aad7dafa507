"""Score the gold files and write the figures into docs/accuracy.md (``make accuracy``).

Only the block between the ``figures`` markers is rewritten; the prose around it (the
comparison with published coders) is kept as written.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings
from pathlib import Path

from newsledger import default_analyzer
from newsledger.evaluation import evaluate, load_gold
from newsledger.evaluation.misses import MISS_CLASSES
from newsledger.ontology import PLOVER_TYPES

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "accuracy.md"
sys.path.insert(0, str(ROOT / "tests"))  # the corroboration corpus's truth and matcher
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--untracked-files=no")
                     else "")


def _f(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _label(path: str) -> str:
    name = Path(path).stem
    if Path(path).parent.name == "real":
        return {"dev": "real dev (tuned on)", "test": "real test (held out)"}.get(name, name)
    return {"dev": "dev (ours, tuned on)", "test": "test (ours, held out)",
            "plover_gsr": "PLOVER GSR (external)"}.get(name, name)


def figures(paths: list[str]) -> str:
    analyzer = default_analyzer()
    reports = []
    for path in paths:
        with warnings.catch_warnings(record=True) as caught:  # the external file repeats an id
            warnings.simplefilter("always")
            items = load_gold(path, unique_ids=False)
        for warning in caught:
            print(f"warning: {warning.message}", file=sys.stderr)
        reports.append((_label(path), evaluate(items, analyzer, name=path).to_dict()))
    lines = [f"Measured {dt.date.today().isoformat()} at commit `{_commit()}` "
             f"(`make accuracy`).", ""]
    head = "| measure | " + " | ".join(label for label, _ in reports) + " |"
    lines += [head, "|---" * (len(reports) + 1) + "|"]
    rows = [
        ("items", lambda r: str(r["n"])),
        ("gold events / predicted", lambda r: f"{r['events']['tp'] + r['events']['fn']}"
                                              f" / {r['events']['tp'] + r['events']['fp']}"),
        ("event precision", lambda r: _f(r["events"]["precision"])),
        ("event recall", lambda r: _f(r["events"]["recall"])),
        ("**event F1** (dyad + type)", lambda r: f"**{_f(r['events']['f1'])}**"),
        ("event types alone: P / R / F1 (any dyad)", lambda r: " / ".join(
            _f(r["types"][k]) for k in ("precision", "recall", "f1"))),
        ("status accuracy (matched)", lambda r: _f(r["status_accuracy"])),
        ("quantity accuracy (matched)", lambda r: _f(r["quantity_accuracy"])),
        ("CAMEO accuracy (matched)", lambda r: _f(r["cameo_accuracy"])),
        ("location accuracy (matched)", lambda r: _f(r["location_accuracy"])),
        ("actor accuracy", lambda r: f"{_f(r['actors']['accuracy'])} (n={r['actors']['n']})"),
        ("claim grade accuracy", lambda r: _f(r["claims"]["grade_accuracy"])),
        ("attribution accuracy", lambda r: _f(r["claims"]["attribution_accuracy"])),
        ("items/s", lambda r: f"{r['items_per_second']:.1f}"),
    ]
    for name, cell in rows:
        lines.append(f"| {name} | " + " | ".join(cell(r) for _, r in reports) + " |")
    def cells(value_of) -> str:
        return " | ".join(value_of(r) for _, r in reports)

    head = ["| {} | " + " | ".join(label for label, _ in reports) + " |",
            "|---" * (len(reports) + 1) + "|"]
    lines += ["", "Per PLOVER type, F1 (gold events in brackets):", "",
              head[0].format("type"), head[1]]
    for plover in PLOVER_TYPES:
        lines.append(f"| {plover} | " + cells(lambda r, t=plover: "—" if t not in r["by_type"]
                     else "{} ({})".format(_f(r["by_type"][t]["f1"]),
                                           r["by_type"][t]["tp"] + r["by_type"][t]["fn"]))
                     + " |")
    lines += ["", "Status accuracy on matched events, by gold status (right / matched / gold):",
              "", head[0].format("status"), head[1]]
    for status in sorted({s for _, r in reports for s in r["by_status"]}):
        lines.append(f"| {status} | " + cells(lambda r, s=status: "—" if s not in r["by_status"]
                     else "{right} / {matched} / {gold}".format(**r["by_status"][s])) + " |")
    lines += ["", "Misses by class (`newsledger eval --errors`; one class per miss, "
              "docs/eval.md):", "", head[0].format("class"), head[1]]
    for kind in MISS_CLASSES:
        lines.append(f"| {kind} | " + cells(lambda r, k=kind: str(r["misses"][k])) + " |")
    lines += ["", *corroboration_figures(analyzer)]
    return "\n".join(lines)


def corroboration_figures(analyzer) -> list[str]:
    """Stories on the corroboration corpus (tests/data/corroboration, ground truth in
    truth.json): pairwise grouping P/R/F1 over every listed sentence, and for each truth
    story (taken as the ledger story most of its sentences went to) whether its status and
    independent-source count are right."""
    import tempfile

    from corpus_truth import DATA, TRUTH, best_story, grouping, pairwise

    from newsledger import store as q
    from newsledger.corroborate import corroborate
    from newsledger.ingest import Ingestor
    from newsledger.store import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.duckdb"
        with Ledger(db) as ledger:
            Ingestor(ledger, lambda: analyzer).run([str(DATA / "articles.jsonl")])
            corroborate(ledger, rebuild=True)
            items = grouping(ledger)
            precision, recall, f1 = pairwise(items)
            got = {s["id"]: q.story(ledger, best_story(items, s["id"])) for s in TRUTH}
    status = sum(got[s["id"]]["status"] == s["status"] for s in TRUTH)
    sources = sum(got[s["id"]]["independent_sources"] == s["independent_sources"]
                  for s in TRUTH)
    articles = len((DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    return [f"Corroboration corpus (`tests/data/corroboration/`: {articles} articles, "
            f"{len(TRUTH)} stories; floors in `tests/gold/floors.json`, `corroboration`):",
            "", "| measure | value |", "|---|---|",
            f"| story grouping, pairwise precision / recall / **F1** | {_f(precision)} / "
            f"{_f(recall)} / **{_f(f1)}** |",
            f"| story status right | {status} of {len(TRUTH)} ({_f(status / len(TRUTH))}) |",
            f"| independent-source count right | {sources} of {len(TRUTH)} "
            f"({_f(sources / len(TRUTH))}) |"]


def main(paths: list[str]) -> None:
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{DOC}: the {START} … {END} markers are missing")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    block = figures(paths)
    DOC.write_text(f"{before}{START}\n{block}\n{END}{after}", encoding="utf-8")
    print(block)
    print(f"\nwrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
