"""Hedges, loaded language and opinion, from the package lexicons.

Sets ``hedges`` and ``loaded_language`` (spans with a category and the lexicon entry) and
``opinion`` (a sentence that judges rather than reports: an opinion cue, or loaded language
in the outlet's own voice).
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..model import Flag
from ..resources import Resources


class FlagFinder:
    def __init__(self, res: Resources, vocab) -> None:
        self.hedges = PhraseMatcher(vocab, attr="LOWER")
        self.loaded = PhraseMatcher(vocab, attr="LOWER")
        self.opinion = PhraseMatcher(vocab, attr="LOWER")
        self.categories: dict[str, str] = {}
        tokenizer_doc = _Tokenize(vocab)
        for entry in res.hedges:
            self.hedges.add(entry.text, [tokenizer_doc(entry.text)])
            self.categories[entry.text] = entry.category
        for entry in res.loaded:
            self.loaded.add(entry.text, [tokenizer_doc(entry.text)])
            self.categories[entry.text] = entry.category
        for cue in res.opinion_cues:
            self.opinion.add(cue, [tokenizer_doc(cue)])

    def find(self, doc: Doc) -> dict[str, list[tuple[int, int, str]]]:
        """Run each matcher once over the document: kind -> [(start, end, entry)]."""
        out = {}
        for kind, matcher in (("hedge", self.hedges), ("loaded", self.loaded),
                              ("opinion", self.opinion)):
            matches = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
            out[kind] = [(s, e, doc.vocab.strings[m]) for m, s, e in matches]
        return out

    def flags(self, doc: Doc, sent: Span, matches: list[tuple[int, int, str]]) -> list[Flag]:
        """Non-overlapping flags inside one sentence (longest match first)."""
        out: list[Flag] = []
        taken: set[int] = set()
        for start, end, entry in matches:
            if start < sent.start or end > sent.end or taken & set(range(start, end)):
                continue
            if entry in ("may", "might", "could") and doc[start].tag_ != "MD":
                continue  # "May" the month is no hedge
            taken |= set(range(start, end))
            span = doc[start:end]
            out.append(Flag(span.start_char, span.end_char, span.text,
                            self.categories.get(entry, "cue"), entry))
        return out


class _Tokenize:
    """Make pattern Docs with the vocab's tokenizer rules (no pipeline needed)."""

    def __init__(self, vocab) -> None:
        from spacy.lang.en import English

        self.nlp = English(vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self.nlp.make_doc(text)
