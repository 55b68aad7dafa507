"""Cut the real-text corpus (tests/gold/real/{texts,long}) into the items two coders code.

One item per sentence: the headline, then every body sentence (long Wikinews texts: the
first MAX_LONG body sentences). ``context`` is all text of the document before the item
(headline, then earlier paragraphs and sentences, with the whitespace that ends it: a
blank line before a new paragraph, a space inside one), so the analyzer sees what a
reader saw; only the item's own sentence is scored (docs/eval.md, "context"). Sentences
are cut by the pinned en_core_web_sm parser, once; the item file is then fixed data.

Usage: python bench/real_items.py > tests/gold/real/coding/items.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

from newsledger.nlp import MODEL

ROOT = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real"
MAX_LONG = 20


def document(path: Path) -> tuple[str, str, list[str]]:
    """Return (date, headline, paragraphs) of one corpus file."""
    first, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    _, date, headline = first.split(" ", 2)
    return date, headline.strip(), [p.strip() for p in body.split("\n\n") if p.strip()]


def main() -> None:
    nlp = spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    for folder, prefix in (("texts", "rt"), ("long", "rl")):
        for path in sorted((ROOT / folder).glob("*.txt")):
            date, headline, paragraphs = document(path)
            doc_id = f"{prefix}{path.name[:3]}"
            rows = [{"id": f"{doc_id}-h", "doc": f"{folder}/{path.name}", "date": date,
                     "context": "", "text": headline}]
            context = headline + "\n\n"
            count = 0
            for paragraph in paragraphs:
                done = ""
                for sent in nlp(paragraph).sents:
                    text = sent.text.strip()
                    if folder == "long" and count >= MAX_LONG:
                        break
                    count += 1
                    rows.append({"id": f"{doc_id}-s{count:02d}", "doc": f"{folder}/{path.name}",
                                 "date": date, "context": context + done, "text": text})
                    done += sent.text_with_ws
                context += paragraph + "\n\n"
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
