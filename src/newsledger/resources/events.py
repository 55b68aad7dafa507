"""Event data: the trigger lexicon and event rules of lexicons/events.yaml, and the CAMEO and
PLOVER tables of ontology/."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ontology import PLOVER_TYPES
from .files import DataError, entries, known, load_csv, load_yaml, mapping, need, strs, text

FRAMES = ("transitive", "symmetric", "nominal", "copular", "attend", "appraisal",
          "owned-verdict")
OBJECT_KINDS = ("target", "theme", "owned", "topic")
TRIGGER_POS = ("VERB", "NOUN", "ADP", "ADJ")  # the word classes a trigger is matched on
TRIGGER_FIELDS = ("id", "lemma", "pos", "type", "cameo", "frame", "mode", "target_preps",
                  "objects", "exclude_objects", "particle", "prep", "object", "modifiers",
                  "heads", "negative", "exclude_subjects", "needs_target", "conditional",
                  "clause", "subjects")
RULES = ("light_verbs", "saying_light_verbs", "object_control", "joined_demand_types",
         "mutual_types", "mutual_modes", "mutual_triggers", "mode_sectors",
         "theme_sector_modes", "visit_cameo", "place_recipient_types",
         "place_target_types", "place_origin_types", "placing_verbs", "undergoing_verbs",
         "clause_target_types", "no_recipient_types", "custody_modes", "custody_holders",
         "custody_people", "headline_passive_verbs", "appraising_verbs", "verdict_tellers",
         "triggers")


@dataclass(frozen=True)
class Trigger:
    id: str
    lemma: str
    pos: str
    type: str
    cameo: str
    frame: str
    mode: str | None = None
    target_preps: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    exclude_objects: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    object: str = "target"  # target | theme (the object is what is sent, not who receives)
    modifiers: tuple[str, ...] = ()  # fires only with one of these amod/compound lemmas
    heads: tuple[str, ...] = ()  # fires only under one of these head words ("on strike")
    # the word names the event as not done: an acquittal is a conviction that did not
    # happen (SANCTION negated; real-text ruling R14)
    negative: bool = False
    # the trigger does not fire with an active subject of one of these lemmas ("the
    # collapse of a canopy killed 16 people" is no assault)
    exclude_subjects: tuple[str, ...] = ()
    # ... and fires only with an active subject of one of these lemmas ("Egyptian troops
    # entered Libya" is an incursion, "the delegation entered the hall" none)
    subjects: tuple[str, ...] = ()
    # the word codes an event only when it names whom it is about: concern about a
    # government is an accusation, concern about "the situation" is none (issue 13, real
    # train readouts; the real gold codes no target-less concern)
    needs_target: bool = False
    # the word codes an event only over an "if"/"unless" clause: a warning that names
    # what happens unless… is a threat (issue 13; events/threats.py)
    conditional: bool = False
    # the word codes an event only over a to-infinitive of its own: being "ready to send
    # troops" is an intent expressed (CAMEO 03), being ready is none (issue 13, real text)
    clause: bool = False

    @property
    def own_preps(self) -> tuple[str, ...]:
        """The prepositions whose objects are the trigger's own complements: its required
        ``prep`` and its ``target_preps`` ("called for an end", "spoke with Lavrov")."""
        return (*((self.prep,) if self.prep else ()), *self.target_preps)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True)
class EventLexicon:
    """lexicons/events.yaml: triggers by (lemma, word class) and the rules around them."""

    triggers: dict[tuple[str, str], list[Trigger]]
    light_verbs: frozenset[str]
    saying_light_verbs: frozenset[str]  # lend their subject to verbal events only
    object_control: frozenset[str]
    joined_demand_types: frozenset[str]  # types a requester takes part in ("call for talks")
    mutual_types: frozenset[str]
    mutual_modes: frozenset[str]
    mutual_triggers: frozenset[str]  # trigger ids: "exchanged fire" is each on the other
    mode_sectors: dict[str, str]
    visit_cameo: frozenset[str]
    place_recipient_types: frozenset[str]
    place_target_types: frozenset[str]
    place_origin_types: frozenset[str]
    theme_sector_modes: dict[str, frozenset[str]]  # mode -> sectors a moved thing may name
    # "put X on alert", "X was placed on standby": the one put is the doer of the state
    placing_verbs: frozenset[str] = frozenset()
    # "faces charges", "died in the offensive": the subject undergoes the event noun
    undergoing_verbs: frozenset[str] = frozenset()
    # refusals and commitments are made to the one the clause they govern names
    clause_target_types: frozenset[str] = frozenset()
    no_recipient_types: frozenset[str] = frozenset()  # "send troops to Haiti": no target
    # people a state holds, tries or frees, named by what they are (events/custody.py)
    custody_modes: frozenset[str] = frozenset()
    custody_holders: frozenset[str] = frozenset()  # sectors of the state bodies that do it
    custody_people: frozenset[str] = frozenset()
    # verbs of words a headline may leave passive without "was" ("Afghan team honored")
    headline_passive_verbs: frozenset[str] = frozenset()
    # verbs that pass a verdict by naming ("called it a mistake"; events/appraisals.py)
    appraising_verbs: frozenset[str] = frozenset()
    # verbs that tell a word of blame with its owner ("said Russia's aggression…")
    verdict_tellers: frozenset[str] = frozenset()
    # words of looking into an act: what they look into is no act told (events/triggers.py)
    investigating_words: frozenset[str] = frozenset()
    # hyphenated spellings -> the lexicon's lemma ("cease-fire" -> "ceasefire"; nlp.py)
    spellings: dict[str, str] = field(default_factory=dict)
    # verb forms -> their lemma, where the model's lemmatizer errs ("staged" -> "stag")
    verb_lemmas: dict[str, str] = field(default_factory=dict)


def cameo_known(cameo: Mapping[str, CameoCode], code: str) -> bool:
    """The code or its root is in the CAMEO table (see ``Resources.cameo_info``)."""
    return code in cameo or code[:2] in cameo


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise DataError(f"{where}: must be true or false")
    return value


def _trigger(raw: Any, seen: set[str], cameo: Mapping[str, CameoCode]) -> Trigger:
    where = f"lexicons/events.yaml {raw.get('id', '?') if isinstance(raw, dict) else raw}"
    if not isinstance(raw, dict):
        raise DataError(f"{where}: not a mapping")
    need(raw, ("id", "lemma", "pos", "type", "cameo", "frame"), where)
    known(raw, TRIGGER_FIELDS, "field", where)
    if raw["type"] not in PLOVER_TYPES:
        raise DataError(f"{where}: unknown PLOVER type {raw['type']!r}")
    if raw["frame"] not in FRAMES:
        raise DataError(f"{where}: unknown frame {raw['frame']!r}")
    if raw.get("object", "target") not in OBJECT_KINDS:
        raise DataError(f"{where}: unknown object kind {raw['object']!r}")
    if raw["pos"] not in TRIGGER_POS:
        raise DataError(f"{where}: pos must be one of {TRIGGER_POS}")
    if raw["id"] in seen:
        raise DataError(f"{where}: duplicate id")
    seen.add(raw["id"])
    if not cameo_known(cameo, str(raw["cameo"])):
        raise DataError(f"{where}: unknown CAMEO code {raw['cameo']}")
    return Trigger(
        id=raw["id"],
        lemma=str(text(raw["lemma"], f"{where} lemma")),
        pos=raw["pos"],
        type=raw["type"],
        cameo=str(raw["cameo"]),
        frame=raw["frame"],
        mode=text(raw.get("mode"), f"{where} mode", optional=True),
        target_preps=strs(raw.get("target_preps"), where),
        objects=strs(raw.get("objects"), where),
        exclude_objects=strs(raw.get("exclude_objects"), where),
        particle=text(raw.get("particle"), f"{where} particle", optional=True),
        prep=text(raw.get("prep"), f"{where} prep", optional=True),
        object=raw.get("object", "target"),
        modifiers=strs(raw.get("modifiers"), where),
        heads=strs(raw.get("heads"), where),
        negative=_flag(raw.get("negative", False), f"{where} negative"),
        exclude_subjects=strs(raw.get("exclude_subjects"), where),
        subjects=strs(raw.get("subjects"), where),
        needs_target=_flag(raw.get("needs_target", False), f"{where} needs_target"),
        conditional=_flag(raw.get("conditional", False), f"{where} conditional"),
        clause=_flag(raw.get("clause", False), f"{where} clause"),
    )


def load_events(cameo: Mapping[str, CameoCode], sectors: Mapping[str, str],
                data: Path | None = None) -> EventLexicon:
    """lexicons/events.yaml, its CAMEO codes checked against ``cameo`` and its sectors
    against ``sectors`` (code -> label)."""
    rel = "lexicons/events.yaml"
    raw = load_yaml(rel, data)
    need(raw, RULES, rel)
    entries(raw, "triggers", rel)
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    seen: set[str] = set()
    for entry in raw["triggers"]:
        trig = _trigger(entry, seen, cameo)
        triggers.setdefault((trig.lemma, trig.pos), []).append(trig)

    def words(key: str) -> frozenset[str]:
        return frozenset(strs(raw[key], f"{rel} {key}"))

    for key in ("mutual_types", "joined_demand_types", "place_recipient_types",
                "place_target_types", "place_origin_types", "clause_target_types",
                "no_recipient_types"):
        known(words(key), PLOVER_TYPES, "PLOVER type", f"{rel} {key}")
    for code in words("visit_cameo"):
        if not cameo_known(cameo, code):
            raise DataError(f"{rel} visit_cameo: unknown CAMEO code {code}")
    ids = {t.id for ts in triggers.values() for t in ts}
    unknown = sorted(words("mutual_triggers") - ids)
    if unknown:
        raise DataError(f"{rel} mutual_triggers: unknown trigger id {unknown[0]}")
    mode_sectors = mapping(raw["mode_sectors"], f"{rel} mode_sectors")
    theme_modes = mapping(raw["theme_sector_modes"], f"{rel} theme_sector_modes")
    known({c for codes in theme_modes.values()
           for c in strs(codes, f"{rel} theme_sector_modes")}, sectors,
          "sector (not in lexicons/sectors.yaml labels)", f"{rel} theme_sector_modes")
    known(words("custody_holders"), sectors,
          "sector (not in lexicons/sectors.yaml labels)", f"{rel} custody_holders")
    known(mode_sectors.values(), sectors, "sector (not in lexicons/sectors.yaml labels)",
          f"{rel} mode_sectors")
    return EventLexicon(
        triggers=triggers, light_verbs=words("light_verbs"),
        saying_light_verbs=words("saying_light_verbs"),
        object_control=words("object_control"), mutual_types=words("mutual_types"),
        joined_demand_types=words("joined_demand_types"),
        mutual_modes=words("mutual_modes"), mutual_triggers=words("mutual_triggers"),
        mode_sectors=dict(mode_sectors),
        visit_cameo=words("visit_cameo"),
        place_recipient_types=words("place_recipient_types"),
        place_target_types=words("place_target_types"),
        place_origin_types=words("place_origin_types"),
        theme_sector_modes={mode: frozenset(strs(codes, f"{rel} theme_sector_modes {mode}"))
                            for mode, codes in theme_modes.items()},
        placing_verbs=words("placing_verbs"),
        undergoing_verbs=words("undergoing_verbs"),
        headline_passive_verbs=words("headline_passive_verbs"),
        appraising_verbs=words("appraising_verbs"),
        verdict_tellers=words("verdict_tellers"),
        investigating_words=frozenset(strs(raw.get("investigating_words", []),
                                           f"{rel} investigating_words")),
        clause_target_types=words("clause_target_types"),
        no_recipient_types=words("no_recipient_types"),
        custody_modes=words("custody_modes"),
        custody_holders=words("custody_holders"),
        custody_people=words("custody_people"),
        spellings={word.lower(): str(lemma).lower() for word, lemma in mapping(
            raw.get("spellings", {}), f"{rel} spellings").items()},
        verb_lemmas={form.lower(): str(lemma).lower() for form, lemma in mapping(
            raw.get("verb_lemmas", {}), f"{rel} verb_lemmas").items()},
    )


def load_cameo(data: Path | None = None) -> dict[str, CameoCode]:
    rel = "ontology/cameo.csv"
    codes: dict[str, CameoCode] = {}
    for i, row in enumerate(load_csv(rel, data)):
        where = f"{rel} row {i + 2} ({row.get('code') or '?'})"
        need(row, ("code", "name", "quad_class", "goldstein"), where)
        code, name = str(text(row["code"], where)), str(text(row["name"], f"{where} name"))
        root = codes.get(code[:2])
        try:
            goldstein = float(row["goldstein"]) if row["goldstein"] else None
            quad_class = int(row["quad_class"])
        except (TypeError, ValueError) as exc:
            raise DataError(f"{where}: {exc}") from None
        if goldstein is None:
            if root is None:
                raise DataError(f"{where}: root listed after code")
            goldstein = root.goldstein
        if quad_class not in (1, 2, 3, 4):
            raise DataError(f"{where}: quad_class must be 1-4")
        codes[code] = CameoCode(code, name, quad_class, goldstein)
    return codes


def load_plover(data: Path | None = None) -> dict[str, dict[str, str]]:
    rows = {row.get("type"): row for row in load_csv("ontology/plover.csv", data)}
    if set(rows) != set(PLOVER_TYPES):
        raise DataError("ontology/plover.csv: must list exactly the 16 PLOVER types")
    return {str(k): v for k, v in rows.items()}
