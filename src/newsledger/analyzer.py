"""The analysis pipeline: Document -> spaCy Doc -> a :class:`Parse` filled in by a list of
stages (sentences, actors, coreference, events, claims, actor list) -> Analysis."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from .actors import ActorDictionary, ActorIndex, ActorList, Coreference, MentionFinder
from .claims import ClaimBuilder
from .events.extract import EventExtractor
from .model import Analysis, Document
from .nlp import load_pipeline
from .parse import Parse, Sentences, Stage, check_order
from .places import Gazetteer
from .reader import document_from_mapping, make_document
from .resources import Resources, load_resources


class Analyzer:
    """Holds the model and the data once; analyses any number of documents."""

    def __init__(self, resources: Resources | None = None):
        self.res = resources or load_resources()
        self.nlp = load_pipeline(self.res)
        self.dictionary = ActorDictionary(self.res)
        self.gazetteer = Gazetteer(self.res)
        self.mentions = MentionFinder(self.dictionary, self.gazetteer)
        self.coref = Coreference(self.dictionary)
        self.events = EventExtractor(self.res, self.dictionary, self.gazetteer)
        self.claims = ClaimBuilder(self.res, self.nlp.vocab)
        self.stages: list[Stage] = [Sentences(), self.mentions, self.coref, self.events,
                                    self.claims, ActorList()]
        check_order(self.stages)

    def parse(self, document: Document, doc: Doc | None = None) -> Parse[ActorIndex]:
        """A fresh Parse of one Document (``doc``: its already parsed text, if there is one),
        before any stage has run."""
        return Parse(document, doc if doc is not None else self.nlp(document.text))

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
        pairs = ((d.text, d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process,
                                            batch_size=batch_size):
            yield self.analyze_document(document, doc)

    @staticmethod
    def _as_document(item: str | dict[str, Any] | Document, i: int) -> Document:
        if isinstance(item, Document):
            return item
        if isinstance(item, str):
            return make_document(item, name=f"<item {i}>")
        return document_from_mapping(item, f"<item {i}>")
