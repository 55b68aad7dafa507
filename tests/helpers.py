"""What the tests share: paths, the package data loaded once, and Docs built by hand so that
rule tests run without the spaCy model."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsledger.model import Document
from newsledger.parse import Parse, Sentences
from newsledger.resources import Resources, load_resources

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "2025-10-28_pakistan-isf-gaza.txt"


@lru_cache(maxsize=1)
def resources() -> Resources:
    """The package data (no model), loaded once for the whole run."""
    return load_resources()


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """An English vocab with its syntax iterators (noun chunks), without a trained model."""
    return English().vocab


def make_doc(rows: str, ents: Iterable[tuple[int, int, str, str]] = ()) -> Doc:
    """A parsed Doc from a table, one token a line: ``word POS TAG DEP HEAD LEMMA``, where
    HEAD is the index of the token's head (the root's is its own). ``ents`` are
    ``(start, end, label, ent_id)`` with ent ids as the entity ruler writes them
    (``name|PAK``, ``metonym|PAK``; "" for a model entity). Tokens are joined by spaces,
    except before punctuation."""
    table = [line.split() for line in rows.strip().splitlines() if line.strip()]
    for i, row in enumerate(table):
        if len(row) != 6:
            raise ValueError(f"row {i}: expected word POS TAG DEP HEAD LEMMA, got {row}")
    words, pos, tags, deps, heads, lemmas = (list(col) for col in zip(*table, strict=True))
    spaces = [i + 1 < len(words) and pos[i + 1] != "PUNCT" for i in range(len(words))]
    doc = Doc(vocab(), words=words, spaces=spaces, pos=pos, tags=tags, deps=deps,
              heads=[int(h) for h in heads], lemmas=lemmas)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in ents]
    return doc


def parse_of(doc: Doc, date: str | None = None) -> Parse[Any]:
    """A Parse of a hand-made Doc with its sentences split (the first stage run)."""
    parse: Parse[Any] = Parse(Document(id="test", text=doc.text, date=date), doc)
    Sentences()(parse)
    return parse


def events_of(analysis: Any, kind: str) -> list[Any]:
    """The analysis's events of one PLOVER type, in text order."""
    return [e for e in analysis.events if e.type == kind]


def dyads(analysis: Any, status: bool = True) -> list[tuple[Any, ...]]:
    """``(type, source, target, status)`` of each event of ``analysis`` (without status
    when ``status`` is false); an actor is given by its CAMEO code, else its country, else
    its id."""
    def code(actor_id: str | None) -> str | None:
        actor = analysis.actor(actor_id) if actor_id else None
        return (actor.cameo_code or actor.country or actor.id) if actor else None
    return [(e.type, code(e.source), code(e.target), e.status)[: 4 if status else 3]
            for e in analysis.events]


def coded(analyzer: Any, text: str, date: str = "2021-04-20",
          status: bool = True) -> set[tuple[Any, ...]]:
    """The :func:`dyads` of ``text`` analysed as of ``date``, as a set."""
    return set(dyads(analyzer.analyze(text, date=date), status=status))


def claims_of(analyzer: Any, text: str, outlet: str | None = None) -> list[Any]:
    """The claims of ``text`` analysed as of 2025-11-04 (``outlet``: its publisher)."""
    return analyzer.analyze(text, date="2025-11-04", outlet=outlet).claims


def by_text(claims: list[Any], words: str) -> Any:
    """The first claim whose sentence holds ``words``."""
    return next(c for c in claims if words in c.text)
