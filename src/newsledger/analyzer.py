"""The analysis pipeline: Document -> spaCy Doc -> actors -> events -> claims -> Analysis."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Span

from .actors import ActorDictionary, Coreference, MentionFinder
from .claims import ClaimBuilder
from .events.extract import EventExtractor
from .model import Analysis, Document, Sentence
from .nlp import load_pipeline
from .places import Gazetteer
from .reader import document_from_mapping, make_document
from .resources import Resources, load_resources

FINAL_PUNCT = tuple(".!?:;\"'”’)…")
HEADING_MAX_WORDS = 12


def split_sentences(doc: Doc) -> tuple[list[Span], list[Sentence]]:
    """Sentences without surrounding whitespace, with paragraph numbers and heading flags."""
    text = doc.text
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)]
    spans: list[Span] = []
    infos: list[Sentence] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        paragraph = bisect.bisect_left(breaks, span.start_char)
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line_end = len(text) if line_end < 0 else line_end
        whole_line = (text[line_start : span.start_char].strip() == ""
                      and text[span.end_char : line_end].strip() == "")
        heading = (whole_line and len(tokens) <= HEADING_MAX_WORDS
                   and not span.text.rstrip().endswith(FINAL_PUNCT))
        infos.append(Sentence(len(infos), span.start_char, span.end_char, paragraph, heading))
        spans.append(span)
    return spans, infos


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

    def analyze_document(self, document: Document, doc: Doc | None = None) -> Analysis:
        """Analyse one Document (``doc``: its already parsed text, if there is one)."""
        doc = doc if doc is not None else self.nlp(document.text)
        sents, sentences = split_sentences(doc)
        sentence_of = {}
        for info, sent in zip(sentences, sents, strict=True):
            for i in range(sent.start, sent.end):
                sentence_of[i] = info.index
        last = 0
        for tok in doc:  # whitespace tokens between sentences belong to the previous one
            last = sentence_of.setdefault(tok.i, last)
        headings = {s.index for s in sentences if s.heading}
        index = self.mentions.find(doc, sentence_of)
        self.coref.resolve(doc, index, sentence_of)
        events = self.events.extract(doc, sents, headings, index, sentence_of, document.date)
        claims = self.claims.build(doc, sents, sentences, index, events)
        return Analysis(document=document, sentences=sentences, actors=index.ordered(),
                        events=events, claims=claims)

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
