"""Benchmark: cost per character of one long text against article-length texts (issue 12:
a 400 KB text may cost at most 1.5 times per character what a 4 KB article costs), and the
peak memory of the analysing process for each.

Texts are built from real paragraphs: the openly licensed statements of
tests/gold/real/texts/ and the articles of examples/, joined with blank lines up to the
wanted length (a 400 KB text repeats paragraphs: there are fewer than 400 KB of them). Each
size runs in its own process so its peak memory is its own; times are of
``Analyzer.analyze_document`` (spaCy parse and every stage), after a warm-up.
Writes bench/results/long.json.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "long.json"
SIZES = (4_000, 40_000, 400_000)
REPEATS = {4_000: 15, 40_000: 3, 400_000: 1}
TARGET = 1.5


def paragraphs() -> list[str]:
    files = sorted((ROOT / "tests" / "gold" / "real" / "texts").glob("*.txt"))
    files += sorted((ROOT / "examples").glob("*.txt"))
    out = []
    for path in files:
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        out += [p.strip() for p in body.split("\n\n") if len(p.split()) >= 8]
    return out


def text_of(size: int, offset: int) -> str:
    pool = paragraphs()
    parts: list[str] = []
    total, i = 0, offset
    while total < size:
        parts.append(pool[i % len(pool)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)


def measure(size: int) -> dict:
    """Run in a child process: seconds per character and peak memory for one size."""
    from newsledger import default_analyzer
    from newsledger.reader import make_document

    analyzer = default_analyzer()
    analyzer.analyze("Turkey sent 30 tonnes of aid to Gaza on Monday, officials said.",
                     date="2025-11-24")  # warm-up: lazy loads are not the text's cost
    per_char = []
    chars = 0
    for k in range(REPEATS[size]):
        document = make_document(text_of(size, offset=17 * k), date="2025-11-24")
        start = time.perf_counter()
        analyzer.analyze_document(document)
        per_char.append((time.perf_counter() - start) / len(document.text))
        chars = len(document.text)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"size": size, "chars": chars, "runs": len(per_char),
            "us_per_char": round(statistics.median(per_char) * 1e6, 2),
            "peak_mb": round(peak_kb / 1024)}


def main() -> None:
    rows = []
    for size in SIZES:
        done = subprocess.run([sys.executable, __file__, "--size", str(size)],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"{rows[-1]['chars']:>9,} chars: {rows[-1]['us_per_char']:6.1f} us/char "
              f"(median of {rows[-1]['runs']}), peak {rows[-1]['peak_mb']} MB")
    base = rows[0]["us_per_char"]
    growth = {str(r["size"]): round(r["us_per_char"] / base, 2) for r in rows}
    print(f"cost per character relative to {SIZES[0]:,} characters: {growth} "
          f"(target <= {TARGET} at {SIZES[-1]:,})")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"rows": rows, "growth": growth, "target": TARGET},
                                  indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--size":
        print(json.dumps(measure(int(sys.argv[2]))))
    else:
        main()
