"""The analysis pipeline: Document -> spaCy Doc -> a :class:`Parse` filled in by a list of
stages (sentences, actors, coreference, events, claims, actor list) -> Analysis."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from .actors import ActorDictionary, ActorIndex, ActorList, Coreference, MentionFinder
from .actors.offices import Offices
from .actors.publisher import Publisher
from .casing import HeadlineCase, model_text, restore
from .claims import ClaimBuilder
from .events.extract import EventExtractor
from .model import Analysis, Document
from .nlp import load_pipeline, ruler_patterns
from .parse import Parse, Sentences, Stage, check_order
from .places import Gazetteer
from .reader import document_from_mapping, make_document
from .resources import Resources, load_resources

# Texts longer than this go through spaCy in pieces (spaCy refuses texts over its
# nlp.max_length, 1,000,000 characters by default, and its parser's cost per character grows
# with the length of one text: 34 us/char at 4 KB, 53 us/char at 400 KB on our machine).
MAX_PIECE = 100_000
# Where a long text may be cut, best first: after a paragraph break, a line break, a
# sentence's end, any whitespace.
CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"),
        re.compile(r"\s"))


def split_text(text: str, limit: int = MAX_PIECE) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters whose concatenation is ``text``,
    each cut at the best place of :data:`CUTS` in its second half (a hard cut only when a
    half-piece has no whitespace at all)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        end = limit
        for cut in CUTS:
            ends = [m.end() for m in cut.finditer(window, limit // 2)]
            if ends:
                end = ends[-1]
                break
        pieces.append(text[start : start + end])
        start += end
    pieces.append(text[start:])
    return pieces


class Analyzer:
    """Holds the model and the data once; analyses any number of documents."""

    def __init__(self, resources: Resources | None = None):
        self.res = resources or load_resources()
        self.nlp = load_pipeline(self.res)
        self.casing = HeadlineCase(self.res, [p["pattern"] for p in ruler_patterns(self.res)
                                              if isinstance(p["pattern"], str)])
        self.dictionary = ActorDictionary(self.res)
        self.gazetteer = Gazetteer(self.res)
        self.mentions = MentionFinder(self.dictionary, self.gazetteer)
        self.publisher = Publisher(
            self.nlp, lambda doc: self.mentions.find(doc, dict.fromkeys(range(len(doc)), 0)),
            self.dictionary)
        self.coref = Coreference(self.dictionary)
        self.events = EventExtractor(self.res, self.dictionary, self.gazetteer)
        self.claims = ClaimBuilder(self.res, self.nlp.vocab)
        self.stages: list[Stage] = [Sentences(), self.publisher, self.mentions, self.coref,
                                    self.events, self.claims, ActorList(), Offices(self.res)]
        check_order(self.stages)

    def parse(self, document: Document, doc: Doc | None = None) -> Parse[ActorIndex]:
        """A fresh Parse of one Document (``doc``: its already parsed text, if there is one),
        before any stage has run."""
        return Parse(document, doc if doc is not None else self.parse_text(document.text))

    def parse_text(self, text: str) -> Doc:
        """The spaCy Doc of ``text``; a text over :data:`MAX_PIECE` characters is parsed in
        pieces (:func:`split_text`) joined into one Doc whose offsets index the whole text.
        A headline in Title Case is parsed sentence-cased, curly single quotes straight
        (casing.py ``model_text``)."""
        copy = model_text(text, self.casing)
        if len(text) <= MAX_PIECE:
            doc = self.nlp(copy)
        else:
            # one piece at a time, so that only one piece's parser state is in memory
            pieces = self.nlp.pipe(split_text(copy, MAX_PIECE), batch_size=1)
            doc = Doc.from_docs(list(pieces), ensure_whitespace=False)
        return restore(doc, text) if copy != text else doc

    def analyze_document(self, document: Document, doc: Doc | None = None) -> Analysis:
        """Analyse one Document (``doc``: its already parsed text, if there is one)."""
        parse = self.parse(document, doc)
        for stage in self.stages:
            stage(parse)
        return parse.analysis

    def analyze(self, text: str, date: str | None = None, outlet: str | None = None,
                url: str | None = None, title: str | None = None) -> Analysis:
        return self.analyze_document(
            make_document(text, date=date, outlet=outlet, url=url, title=title))

    def analyze_many(self, items: Iterable[str | dict[str, Any] | Document],
                     n_process: int = 1, batch_size: int = 32) -> Iterator[Analysis]:
        """Analyse texts, dicts ``{text, title?, date?, url?, outlet?}`` or Documents,
        batching the spaCy work through ``nlp.pipe``."""
        documents = (self._as_document(item, i) for i, item in enumerate(items))
        copies = ((self._model_text(d.text), d) for d in documents)
        # whether the model read a copy travels with the text: Doc.text would join every
        # token again to tell
        pairs = ((copy, (d, copy != d.text)) for copy, d in copies)
        for doc, (document, copied) in self.nlp.pipe(pairs, as_tuples=True,
                                                     n_process=n_process,
                                                     batch_size=batch_size):
            if len(document.text) > MAX_PIECE:
                yield self.analyze_document(document, None)
                continue
            if copied:  # parsed from casing.model_text's copy
                doc = restore(doc, document.text)
            yield self.analyze_document(document, doc)

    def _model_text(self, text: str) -> str:
        if len(text) > MAX_PIECE:
            return ""  # parsed in pieces afterwards: an empty stand-in keeps its place
        return model_text(text, self.casing)

    @staticmethod
    def _as_document(item: str | dict[str, Any] | Document, i: int) -> Document:
        if isinstance(item, Document):
            return item
        if isinstance(item, str):
            return make_document(item, name=f"<item {i}>")
        return document_from_mapping(item, f"<item {i}>")
