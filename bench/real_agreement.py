"""Agreement between the two coders of the real-text corpus (tests/gold/real/coding/{a,b}).

Events: coder A's events are matched one-to-one to coder B's within each item, as the scorer
matches predictions to gold (docs/eval.md): same PLOVER type, and source and target fit
when one code is a prefix of the other (``PAK`` fits ``PAKMIL``; a missing code fits any).
F1 between coders is 2·matched / (events of A + events of B). Status and quantity agreement
are over matched pairs; claim grade agreement over items both gave a claim.

Usage: python bench/real_agreement.py [--json]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CODING = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real" / "coding"


def load(coder: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted((CODING / coder).glob("part*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row
    return out


def fits(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def pairs(ea: list[dict], eb: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matches, the pair agreeing on more fields first."""
    cands = []
    for i, x in enumerate(ea):
        for j, y in enumerate(eb):
            if x["plover"] == y["plover"] and fits(x.get("source"), y.get("source")) \
                    and fits(x.get("target"), y.get("target")):
                score = sum(x.get(k) == y.get(k) for k in ("source", "target", "status",
                                                            "quantity", "cameo"))
                cands.append((-score, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for _, i, j in sorted(cands):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((ea[i], eb[j]))
    return out


def agreement(a: dict[str, dict], b: dict[str, dict]) -> dict[str, float | int]:
    ids = sorted(set(a) & set(b))
    n_a = n_b = matched = status_same = status_n = qty_same = qty_n = 0
    grade_same = grade_n = 0
    for item in ids:
        ea, eb = a[item].get("events") or [], b[item].get("events") or []
        n_a += len(ea)
        n_b += len(eb)
        for x, y in pairs(ea, eb):
            matched += 1
            if x.get("status") and y.get("status"):
                status_n += 1
                status_same += x["status"] == y["status"]
            if x.get("quantity") is not None and y.get("quantity") is not None:
                qty_n += 1
                qty_same += x["quantity"] == y["quantity"]
        ca, cb = a[item].get("claims") or [], b[item].get("claims") or []
        if ca and cb and ca[0].get("grade") and cb[0].get("grade"):
            grade_n += 1
            grade_same += ca[0]["grade"] == cb[0]["grade"]
    return {
        "items": len(ids), "events_a": n_a, "events_b": n_b, "matched": matched,
        "event_f1": round(2 * matched / max(n_a + n_b, 1), 3),
        "status_agreement": round(status_same / max(status_n, 1), 3),
        "quantity_agreement": round(qty_same / max(qty_n, 1), 3),
        "grade_agreement": round(grade_same / max(grade_n, 1), 3), "grade_items": grade_n,
    }


def main() -> None:
    result = agreement(load("a"), load("b"))
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:20} {value}")


if __name__ == "__main__":
    main()
