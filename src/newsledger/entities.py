"""The named entities of one Doc, read once and looked up by position.

spaCy builds every entity Span anew each time ``doc.ents`` or ``span.ents`` is read, so a
rule that asks for "the entities of this sentence" once per token costs time in proportion
to the whole document; on a 240 KB text that made analysis 5 times dearer per character
(issue 12). :class:`Entities` reads ``doc.ents`` once; each lookup then costs in proportion
to what it returns.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token


class Entities:
    """``doc.ents`` once, in document order, with lookups by token, span and sentence.

    ``sentence_of``: token index -> sentence index (the Parse's map); entities are grouped
    by the sentence of their first token."""

    def __init__(self, doc: Doc, sentence_of: Mapping[int, int] | None = None):
        self.all: tuple[Span, ...] = tuple(doc.ents)
        self._starts = [ent.start for ent in self.all]
        self._by_sentence: dict[int | None, list[Span]] = {}
        if sentence_of is not None:
            for ent in self.all:
                self._by_sentence.setdefault(sentence_of.get(ent.start), []).append(ent)

    def within(self, span: Span) -> list[Span]:
        """The entities wholly inside ``span`` (what ``span.ents`` gives)."""
        out = []
        for ent in self.all[bisect.bisect_left(self._starts, span.start):]:
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def at(self, token: Token) -> Span | None:
        """The entity ``token`` is part of, if any."""
        i = bisect.bisect_right(self._starts, token.i) - 1
        if i >= 0 and self.all[i].start <= token.i < self.all[i].end:
            return self.all[i]
        return None

    def in_sentence(self, sentence: int) -> list[Span]:
        """The entities whose first token is in sentence number ``sentence``."""
        return self._by_sentence.get(sentence, [])
