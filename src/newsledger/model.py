"""The data model that flows through every stage: Document in, Analysis out.

Each stage (actors, events, claims) adds to one :class:`Analysis`; ``to_dict()`` is the one
place it is serialised (the JSON documented in docs/schema.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1



@dataclass
class Document:
    """One article: its text and what we know about where it came from."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date of the dateline
    outlet: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, if a file
    encoding: str | None = None  # the codec its bytes were decoded with (None: given as text)
    encoding_how: str | None = None  # bom | given | utf-8 | declared | detected
    language: str | None = None  # ISO 639-1 code detected at ingest or analyze


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    heading: bool = False


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    why: str  # rule or lexicon entry that produced the mention


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # country | organization | person | group
    country: str | None
    sector: str | None
    cameo_code: str | None
    mentions: list[Mention] = field(default_factory=list)
    source: str | None = None  # where the dictionary entry's facts come from
    office: str | None = None
    since: str | None = None
    why: list[str] = field(default_factory=list)


@dataclass
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int
    why: str


@dataclass
class Quantity:
    value: float
    unit: str | None
    text: str
    start: int
    end: int
    approximate: bool = False  # "dozens of", "hundreds of": the lexicon's lower reading


@dataclass
class TextSpan:
    start: int
    end: int
    text: str


@dataclass
class Evidence:
    sentence: int
    start: int
    end: int
    trigger: TextSpan


@dataclass
class Participant:
    actor: str
    role: str  # source | target | participant
    text: str
    start: int
    end: int
    why: str


@dataclass
class Event:
    id: str
    type: str  # PLOVER type
    mode: str | None
    cameo: str
    cameo_name: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None
    target: str | None
    participants: list[Participant]
    status: str
    negated: bool
    location: Location | None
    date: str | None
    date_precision: str  # day | month | year | none
    date_text: str | None
    quantity: Quantity | None
    evidence: Evidence
    why: list[str]
    claim: str | None = None


@dataclass
class Attribution:
    source_actor: str | None
    source_text: str | None
    cue: str | None
    type: str  # direct-quote | reported-speech | according-to | unattributed
    start: int | None = None
    end: int | None = None


@dataclass
class Flag:
    start: int
    end: int
    text: str
    category: str
    entry: str  # the lexicon entry that matched


@dataclass
class Claim:
    id: str
    text: str
    start: int
    end: int
    sentence: int
    events: list[str]
    attribution: Attribution
    sourcing_grade: str
    hedges: list[Flag]
    loaded_language: list[Flag]
    opinion: bool
    why: list[str]


@dataclass
class Analysis:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def actor(self, actor_id: str | None) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_dict(self) -> dict[str, Any]:
        doc = asdict(self.document)
        doc.pop("path", None)
        return {
            "schema_version": self.schema_version,
            "document": doc,
            "sentences": [asdict(s) for s in self.sentences],
            "actors": [asdict(a) for a in self.actors],
            "events": [asdict(e) for e in self.events],
            "claims": [asdict(c) for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """The inverse of :meth:`to_dict` (for analyses read back from a ledger)."""

        def span(d: dict[str, Any] | None, kind: type) -> Any:
            return kind(**d) if d else None

        actors = [Actor(**{**a, "mentions": [Mention(**m) for m in a["mentions"]]})
                  for a in data["actors"]]
        events = []
        for e in data["events"]:
            ev = e["evidence"]
            events.append(Event(**{
                **e,
                "participants": [Participant(**p) for p in e["participants"]],
                "location": span(e.get("location"), Location),
                "quantity": span(e.get("quantity"), Quantity),
                "evidence": Evidence(**{**ev, "trigger": TextSpan(**ev["trigger"])}),
            }))
        claims = [Claim(**{
            **c,
            "attribution": Attribution(**c["attribution"]),
            "hedges": [Flag(**f) for f in c["hedges"]],
            "loaded_language": [Flag(**f) for f in c["loaded_language"]],
        }) for c in data["claims"]]
        return cls(
            document=Document(**data["document"]),
            sentences=[Sentence(**s) for s in data["sentences"]],
            actors=actors, events=events, claims=claims,
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )
