"""The word lists of lexicons/: status, attribution, coreference, quantities, places, hedges
and loaded language, each as a small frozen dataclass checked on load."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ontology import ACTOR_KINDS, PLOVER_TYPES, STATUSES
from .files import (
    DataError,
    entries,
    entry_at,
    known,
    load_yaml,
    mapping,
    need,
    number,
    strs,
    text,
)


@dataclass(frozen=True)
class StatusLexicon:
    """lexicons/status.yaml: the words around an event that set its status."""

    governors: dict[str, tuple[str, ...]]  # status -> lemmas that govern the event's clause
    modals: dict[str, tuple[str, ...]]  # status -> auxiliaries and adverbs on its verb
    reported_future: tuple[str, ...]  # "would": planned under a speech verb
    negations: tuple[str, ...]
    # status -> verbs that put off or call off the event that is their subject or object
    # ("the talks were postponed" -> planned, "cancelled the visit" -> negated)
    put_off: dict[str, tuple[str, ...]]
    conditions: tuple[str, ...]  # subordinators of a hypothetical clause ("if", "whether")
    # a reported claim: an event in a clause on one of these nouns ("reports that …") ...
    report_nouns: tuple[str, ...]
    # ... is denied when one of these verbs takes the noun ("rejected reports that …") ...
    report_denials: tuple[str, ...]
    # ... or one of these words stands outside the clause ("called claims that … baseless")
    falsity: tuple[str, ...]
    # ... or one of these does under a negation ("there is no truth in reports that …")
    truth: tuple[str, ...]
    # verbs whose simple present is the act itself ("I condemn…"): occurred, not ongoing
    performative: tuple[str, ...] = ()
    # verbs (and nouns: "an investigation into") whose object is told as done: a demand
    # or plan above them is not its status
    factive: tuple[str, ...] = ()
    # words whose "for"/"over" object is the act they answer, told as done
    causes: tuple[str, ...] = ()
    # verbs whose object (one of ``granted``, aid nouns) is given by the act: occurred
    granting: tuple[str, ...] = ()
    granted: tuple[str, ...] = ()
    # status -> verbs that give it only to their to-infinitive ("told the British to leave"
    # is demanded, "hoped to meet" planned; "told reporters that…", "hoped that Russia
    # would…" keep the told clause's own status)
    clause_governors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def demands(self, lemma: str) -> bool:
        """Whether a verb lemma is a verb of demand ("call", "urge"): what it governs is
        demanded (``governors: demanded`` in lexicons/status.yaml)."""
        return lemma.lower() in self.governors.get("demanded", ())


@dataclass(frozen=True)
class AttributionLexicon:
    """lexicons/attribution.yaml: attribution cues and the heads that grade a source."""

    speech_verbs: tuple[str, ...]
    according_cues: tuple[str, ...]  # in the order they are tried
    vague_sources: tuple[str, ...]  # grade D
    unnamed_officials: tuple[str, ...]  # grade C
    documents: tuple[str, ...]  # grade A
    vague_cues: tuple[str, ...]  # unattributed but vague: grade D
    carry_over_breaks: tuple[str, ...]
    institutions: tuple[str, ...]  # heads on record when they speak "in a statement"
    finding_verbs: tuple[str, ...]  # attribute only with a clause: "the report found that…"
    readout_verbs: tuple[str, ...]  # an official release's "The President urged…" (R20)
    news_act_verbs: tuple[str, ...]  # news narration's "The UN called on…" (R28)
    expressed_feelings: tuple[str, ...]  # what "expressed" as a verbal act expresses
    naming_verbs: tuple[str, ...] = ()  # "called the order 'long overdue'" (claims/quoting.py)


@dataclass(frozen=True)
class Description:
    """A definite description ("the militant group") and the actors it may refer to."""

    text: str  # starts with "the"
    kinds: tuple[str, ...]
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class CorefLexicon:
    """lexicons/coref.yaml: pronouns and descriptions that refer back to an actor."""

    singular: tuple[str, ...]
    plural: tuple[str, ...]
    person: tuple[str, ...]
    first_singular: tuple[str, ...]  # "I", "me", "my": the speaker (actors/speaker.py)
    first_plural: tuple[str, ...]  # "we", "our": the speaker's side
    person_heads: tuple[str, ...]  # head nouns that name one person ("minister")
    descriptions: tuple[Description, ...]
    plural_descriptions: tuple[str, ...]  # refer to the last coordinated set of actors
    # words before a description that make it another office ("the Vice President" is not
    # "the President")
    other_office: tuple[str, ...] = ()
    # plural descriptions of two people ("the two leaders"): the last two people named
    pair_descriptions: tuple[str, ...] = ()
    # nouns for a document that speaks for whoever issued it ("the report asked India…")
    document_nouns: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuantityLexicon:
    """lexicons/quantities.yaml: number words, multipliers and units."""

    numbers: dict[str, float]
    multipliers: dict[str, float]
    units: dict[str, tuple[str, ...]]  # unit -> the lemmas that normalise to it
    killed_types: frozenset[str]  # PLOVER types whose "people" are people killed
    measures: frozenset[str] = frozenset()  # lemmas of distance, time, share: never counts
    lengths: frozenset[str] = frozenset()  # the measures of distance ("18 miles from")


@dataclass(frozen=True)
class Place:
    """An entry of lexicons/places.yaml: a region or territory with its coordinates."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class FlagEntry:
    """An entry of lexicons/hedges.yaml or lexicons/loaded.yaml."""

    text: str
    category: str


def _words(raw: dict[str, Any], key: str, rel: str) -> tuple[str, ...]:
    return strs(raw[key], f"{rel} {key}")


def _by_status(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    found = {status: strs(words, f"{where} {status}")
             for status, words in mapping(value, where).items()}
    known(found, STATUSES, "status", where)
    return found


def load_status(data: Path | None = None) -> StatusLexicon:
    rel = "lexicons/status.yaml"
    raw = load_yaml(rel, data)
    need(raw, ("governors", "modals", "reported_future", "negations", "put_off",
               "conditions", "report_nouns", "report_denials", "falsity", "truth"), rel)
    return StatusLexicon(
        governors=_by_status(raw["governors"], f"{rel} governors"),
        modals=_by_status(raw["modals"], f"{rel} modals"),
        reported_future=_words(raw, "reported_future", rel),
        negations=_words(raw, "negations", rel),
        put_off=_by_status(raw["put_off"], f"{rel} put_off"),
        conditions=_words(raw, "conditions", rel),
        report_nouns=_words(raw, "report_nouns", rel),
        report_denials=_words(raw, "report_denials", rel),
        falsity=_words(raw, "falsity", rel),
        truth=_words(raw, "truth", rel),
        performative=tuple(strs(raw.get("performative", []), f"{rel} performative")),
        factive=tuple(strs(raw.get("factive", []), f"{rel} factive")),
        causes=tuple(strs(raw.get("causes", []), f"{rel} causes")),
        granting=tuple(strs(raw.get("granting", []), f"{rel} granting")),
        granted=tuple(strs(raw.get("granted", []), f"{rel} granted")),
        clause_governors=_by_status(raw.get("clause_governors") or {},
                                    f"{rel} clause_governors"),
    )


def load_attribution(data: Path | None = None) -> AttributionLexicon:
    rel = "lexicons/attribution.yaml"
    raw = load_yaml(rel, data)
    keys = ("speech_verbs", "according_cues", "vague_sources", "unnamed_officials",
            "documents", "vague_cues", "carry_over_breaks", "institutions", "finding_verbs",
            "readout_verbs", "news_act_verbs", "expressed_feelings")
    need(raw, keys, rel)
    naming = _words(raw, "naming_verbs", rel) if "naming_verbs" in raw else ()
    return AttributionLexicon(*(_words(raw, key, rel) for key in keys), naming)


def _description(i: int, raw: Any, rel: str) -> Description:
    where = entry_at(f"{rel} descriptions", i, raw, "text")
    if not isinstance(raw, dict):
        raise DataError(f"{where}: not a mapping")
    need(raw, ("text",), where)
    known(raw, ("text", "kinds", "sectors"), "field", where)
    words = str(text(raw["text"], where)).split()
    if words[0] != "the" or len(words) < 2:
        raise DataError(f"{where}: text must be 'the' and a noun phrase")
    kinds = strs(raw.get("kinds"), f"{where} kinds")
    known(kinds, ACTOR_KINDS, "actor kind", where)
    return Description(raw["text"], kinds, strs(raw.get("sectors"), f"{where} sectors"))


def load_coref(data: Path | None = None) -> CorefLexicon:
    rel = "lexicons/coref.yaml"
    raw = load_yaml(rel, data)
    need(raw, ("pronouns", "person_heads", "descriptions", "plural_descriptions"), rel)
    pronouns = mapping(raw["pronouns"], f"{rel} pronouns")
    need(pronouns, ("singular", "plural", "person", "first_singular", "first_plural"),
         f"{rel} pronouns")
    entries(raw, "descriptions", rel)
    return CorefLexicon(
        singular=strs(pronouns["singular"], f"{rel} pronouns singular"),
        plural=strs(pronouns["plural"], f"{rel} pronouns plural"),
        person=strs(pronouns["person"], f"{rel} pronouns person"),
        first_singular=strs(pronouns["first_singular"], f"{rel} pronouns first_singular"),
        first_plural=strs(pronouns["first_plural"], f"{rel} pronouns first_plural"),
        person_heads=_words(raw, "person_heads", rel),
        descriptions=tuple(_description(i, d, rel) for i, d in enumerate(raw["descriptions"])),
        plural_descriptions=_words(raw, "plural_descriptions", rel),
        other_office=tuple(strs(raw.get("other_office", []), f"{rel} other_office")),
        pair_descriptions=tuple(strs(raw.get("pair_descriptions", []),
                                     f"{rel} pair_descriptions")),
        document_nouns=tuple(strs(raw.get("document_nouns", []), f"{rel} document_nouns")),
    )


def _numbers(value: Any, where: str) -> dict[str, float]:
    return {word: float(number(n, f"{where} {word}"))
            for word, n in mapping(value, where).items()}


def load_quantities(data: Path | None = None) -> QuantityLexicon:
    rel = "lexicons/quantities.yaml"
    raw = load_yaml(rel, data)
    need(raw, ("numbers", "multipliers", "units", "killed_types"), rel)
    units = {unit: strs(lemmas, f"{rel} units {unit}")
             for unit, lemmas in mapping(raw["units"], f"{rel} units").items()}
    killed = _words(raw, "killed_types", rel)
    known(killed, PLOVER_TYPES, "PLOVER type", f"{rel} killed_types")
    return QuantityLexicon(numbers=_numbers(raw["numbers"], f"{rel} numbers"),
                           multipliers=_numbers(raw["multipliers"], f"{rel} multipliers"),
                           units=units, killed_types=frozenset(killed),
                           measures=frozenset(strs(raw.get("measures", []),
                                                    f"{rel} measures")),
                           lengths=frozenset(strs(raw.get("lengths", []), f"{rel} lengths")))


def _place(i: int, raw: Any, countries: Iterable[str], rel: str) -> Place:
    where = entry_at(rel, i, raw, "name")
    if not isinstance(raw, dict):
        raise DataError(f"{where}: not a mapping")
    need(raw, ("name", "country", "lat", "lon"), where)
    known(raw, ("name", "aliases", "country", "lat", "lon"), "field", where)
    country = text(raw["country"], f"{where} country", optional=True)
    if country is not None:
        known((country,), countries, "country code", where)
    lat, lon = raw["lat"], raw["lon"]
    if (lat is None) != (lon is None):
        raise DataError(f"{where}: lat and lon go together")
    return Place(
        name=str(text(raw["name"], where)),
        aliases=strs(raw.get("aliases"), f"{where} aliases"),
        country=country,
        lat=None if lat is None else number(lat, f"{where} lat", -90, 90),
        lon=None if lon is None else number(lon, f"{where} lon", -180, 180),
    )


def load_places(countries: Iterable[str], data: Path | None = None) -> tuple[Place, ...]:
    """lexicons/places.yaml, each place's country one of ``countries`` (ISO3) or none."""
    rel = "lexicons/places.yaml"
    raw = load_yaml(rel, data)
    codes = frozenset(countries)
    return tuple(_place(i, p, codes, rel) for i, p in enumerate(entries(raw, "places", rel)))


def load_flags(relpath: str, key: str, raw: dict[str, Any]) -> tuple[FlagEntry, ...]:
    """The ``key`` list of ``raw`` (the file ``relpath``): ``{text, category}`` entries."""
    flags: list[FlagEntry] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries(raw, key, relpath)):
        where = entry_at(relpath, i, entry, "text")
        if not isinstance(entry, dict):
            raise DataError(f"{where}: not a mapping")
        need(entry, ("text", "category"), where)
        known(entry, ("text", "category"), "field", where)
        flag = FlagEntry(str(text(entry["text"], f"{where} text")),
                         str(text(entry["category"], f"{where} category")))
        if flag.text in seen:
            raise DataError(f"{where}: duplicate text")
        seen.add(flag.text)
        flags.append(flag)
    return tuple(flags)


def load_hedges(data: Path | None = None) -> tuple[FlagEntry, ...]:
    rel = "lexicons/hedges.yaml"
    return load_flags(rel, "hedges", load_yaml(rel, data))


def load_loaded(data: Path | None = None) -> tuple[tuple[FlagEntry, ...], tuple[str, ...]]:
    """lexicons/loaded.yaml: loaded-language entries and the opinion cues."""
    rel = "lexicons/loaded.yaml"
    raw = load_yaml(rel, data)
    return load_flags(rel, "loaded", raw), strs(raw.get("opinion_cues"), f"{rel} opinion_cues")


@dataclass(frozen=True)
class Sense:
    """One country an ambiguous place name can stand for, and the words that say so."""

    country: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class AmbiguousName:
    """An entry of lexicons/ambiguous.yaml: a place name several countries share."""

    name: str
    default: str | None  # ISO3, or None: unresolved without a cue
    senses: tuple[Sense, ...]


def load_ambiguous(countries: Iterable[str], data: Path | None = None
                   ) -> tuple[AmbiguousName, ...]:
    """lexicons/ambiguous.yaml, every country one of ``countries`` (ISO3)."""
    rel = "lexicons/ambiguous.yaml"
    raw = load_yaml(rel, data)
    codes = frozenset(countries)
    out = []
    for i, entry in enumerate(entries(raw, "names", rel)):
        where = entry_at(rel, i, entry, "name")
        if not isinstance(entry, dict):
            raise DataError(f"{where}: not a mapping")
        need(entry, ("name", "default", "senses"), where)
        senses = []
        for k, sense in enumerate(entry["senses"] or []):
            if not isinstance(sense, dict):
                raise DataError(f"{where} sense {k}: not a mapping")
            need(sense, ("country", "cues"), f"{where} sense {k}")
            senses.append(Sense(str(sense["country"]), strs(sense["cues"], f"{where} sense {k}")))
        known([s.country for s in senses] + ([entry["default"]] if entry["default"] else []),
              codes, "country", where)
        out.append(AmbiguousName(str(entry["name"]), entry["default"], tuple(senses)))
    return tuple(out)
