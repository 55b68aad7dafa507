"""One document on its way through the analysis: the :class:`Parse`, and what a stage is.

A stage is a callable ``stage(parse) -> None`` that declares, like a spaCy component's
``requires``/``assigns``, the attributes of the Parse it reads and those it sets (class
attributes ``reads`` and ``sets``, names from :data:`ATTRIBUTES`; a dotted name is a part of
the one before the dot, and setting a whole may change its parts). The Analyzer runs a plain
list of stages, checked by :func:`check_order`::

    Sentences -> Publisher -> MentionFinder -> Coreference -> EventExtractor -> ClaimBuilder
    -> ActorList -> Offices
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from spacy.tokens import Doc, Span

from .entities import Entities
from .model import Actor, Analysis, Document, Sentence

FINAL_PUNCT = tuple(".!?:;\"'”’)…")
HEADING_MAX_WORDS = 12
HEADLINE_JOINS = (":", "|", "–", "—", " -")  # a headline's parts ("Somali piracy: …")
HEADLINE_MIN_WORDS = 3  # a first line of fewer words ("Overnight", "Key points") is a heading
# A line opened by a list marker is a list item, a sentence without its full stop, not a
# heading ("- Russia struck a power plant in Kharkiv"; issue 14, case 13).
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪●]|\(?\d{1,2}[.)])\s+\S")

ATTRIBUTES: dict[str, str] = {
    "document": "the Document being analysed (given)",
    "doc": "its spaCy Doc (given)",
    "sents": "the sentence spans, without surrounding whitespace",
    "sentences": "a Sentence for each span: paragraph number, heading flag",
    "sentence_of": "token index -> sentence index (whitespace: the sentence before)",
    "headings": "the indexes of the heading sentences",
    "headline": "whether sentence 0 is a headline: a first line of its own, no full stop",
    "entities": "the named entities, read once (entities.py)",
    "publisher": "the official body that issues the document, read from its outlet, or None",
    "index": "the ActorIndex (actors/index.py)",
    "index.mentions": "its actors and their mentions",
    "index.tokens": "which tokens stand for which actor, and the mention each is part of",
    "index.groups": "the tokens that stand for several actors",
    "analysis.sentences": "the Analysis's sentences",
    "analysis.actors": "the Analysis's actors",
    "analysis.events": "the Analysis's events",
    "analysis.events.claim": "the claim each event is part of",
    "analysis.claims": "the Analysis's claims",
}
GIVEN = ("document", "doc")  # what a new Parse holds before any stage runs

IndexT = TypeVar("IndexT")


@dataclass(eq=False)
class Parse(Generic[IndexT]):
    """Everything the stages know about one document; ``analysis`` is what they build.

    Generic in the type of its actor index (``Parse[ActorIndex]``): the index lives in the
    actors layer, above this one."""

    document: Document
    doc: Doc
    sents: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_of: dict[int, int] = field(default_factory=dict)
    headings: frozenset[int] = frozenset()
    headline: bool | None = None  # None until the Sentences stage has looked
    entities: Entities | None = None
    publisher: Actor | None = None  # the official body that issues it (actors/publisher.py)
    analysis: Analysis = field(init=False)
    _index: IndexT | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.analysis = Analysis(document=self.document)

    @property
    def index(self) -> IndexT:
        if self._index is None:
            raise RuntimeError("this Parse has no actor index yet: run the mention stage first")
        return self._index

    @index.setter
    def index(self, value: IndexT) -> None:
        self._index = value


class Stage(Protocol):
    """A step of the analysis; ``reads``/``sets`` name attributes of :data:`ATTRIBUTES`."""

    reads: ClassVar[tuple[str, ...]]
    sets: ClassVar[tuple[str, ...]]

    def __call__(self, parse: Parse[Any]) -> None: ...


def within(name: str, names: Iterable[str]) -> bool:
    """``name`` is one of ``names`` or a part of one ("index.tokens" is part of "index")."""
    return any(name == n or name.startswith(n + ".") for n in names)


def check_order(stages: Sequence[Stage], given: Iterable[str] = GIVEN) -> None:
    """Raise ``ValueError`` unless every stage names known attributes and reads only what
    is given or set by a stage before it."""
    available = set(given)
    for stage in stages:
        name = type(stage).__name__
        for attr in (*stage.reads, *stage.sets):
            if attr not in ATTRIBUTES:
                raise ValueError(f"stage {name}: unknown attribute {attr!r}")
        missing = [attr for attr in stage.reads if not within(attr, available)]
        if missing:
            raise ValueError(f"stage {name} reads {', '.join(missing)} before any stage "
                             "sets it")
        available.update(stage.sets)


def _headline_joined(doc: Doc, text: str) -> list[Span]:
    """The parser's sentences, with a first line cut at a colon or dash made whole again:
    "Obama commutes whistleblower's sentence: Chelsea Manning to walk free in 120 days" is
    one headline (issue 13, real train). ``text`` is ``doc.text``, which spaCy joins anew
    from every token at each reading."""
    sents = list(doc.sents)
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    joined = 1
    while joined < len(sents) and sents[joined].start_char < line_end \
            and sents[joined - 1].text.rstrip().endswith(HEADLINE_JOINS):
        joined += 1
    if joined == 1 or text[:line_end].rstrip().endswith(FINAL_PUNCT):
        return sents
    return [doc[sents[0].start : sents[joined - 1].end], *sents[joined:]]


def split_sentences(doc: Doc, text: str | None = None) -> tuple[list[Span], list[Sentence]]:
    """Sentences without surrounding whitespace, with paragraph numbers and heading flags.
    ``text``: ``doc.text`` when the caller has it (the Document's text), which spaCy would
    join anew from every token."""
    text = doc.text if text is None else text
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)]
    spans: list[Span] = []
    infos: list[Sentence] = []
    for sent in _headline_joined(doc, text):
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
        # the first line of a document is its headline, which reports (events, claims)
        headline = not infos and text[: span.start_char].strip() == "" \
            and sum(t.is_alpha for t in tokens) >= HEADLINE_MIN_WORDS
        heading = (whole_line and not headline and len(tokens) <= HEADING_MAX_WORDS
                   and not span.text.rstrip().endswith(FINAL_PUNCT)
                   and not LIST_ITEM.match(span.text))
        infos.append(Sentence(len(infos), span.start_char, span.end_char, paragraph, heading))
        spans.append(span)
    return spans, infos


def is_headline(text: str, sentences: list[Sentence]) -> bool:
    """Whether the first sentence is a headline: it starts the text, has a line to itself,
    at least :data:`HEADLINE_MIN_WORDS` words and no full stop ("Kenyan Navy Kills Three
    Pirates"; a lede line ending in "." is no headline)."""
    if not sentences:
        return False
    first = sentences[0]
    line = text[first.start : first.end]
    rest = text[first.end :]
    return text[: first.start].strip() == "" and not line.rstrip().endswith(FINAL_PUNCT) \
        and (rest.strip() == "" or rest.lstrip(" \t").startswith("\n")) \
        and len(line.split()) >= HEADLINE_MIN_WORDS


class Sentences:
    """The first stage: sentences, their paragraphs and headings, and which sentence each
    token is in (a whitespace token between sentences belongs to the one before)."""

    reads: ClassVar[tuple[str, ...]] = ("document", "doc")
    sets: ClassVar[tuple[str, ...]] = ("sents", "sentences", "sentence_of", "headings",
                                       "headline", "entities", "analysis.sentences")

    def __call__(self, parse: Parse[Any]) -> None:
        sents, sentences = split_sentences(parse.doc, parse.document.text)
        sentence_of: dict[int, int] = {}
        for info, sent in zip(sentences, sents, strict=True):
            for i in range(sent.start, sent.end):
                sentence_of[i] = info.index
        last = 0
        for tok in parse.doc:
            last = sentence_of.setdefault(tok.i, last)
        parse.sents, parse.sentences, parse.sentence_of = sents, sentences, sentence_of
        parse.headings = frozenset(s.index for s in sentences if s.heading)
        parse.headline = is_headline(parse.document.text, sentences)
        parse.entities = Entities(parse.doc, sentence_of)
        parse.analysis.sentences = sentences
