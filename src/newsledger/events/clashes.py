"""Clashes between police and a crowd (real-text ruling R3, issue 13).

"Most clashes between police and protesters occurred in the Shia neighborhoods" is no
fight between two armed sides: the police repress (COERCE, CAMEO 175, "use tactics of
violent repression") and the crowd protests (PROTEST, CAMEO root 14, no target). Clashes
between armed sides ("government forces and Druze fighters") stay ASSAULT each way.

Rule ``split:police-and-crowd`` in each new event's ``why``. Repression that names no
one it is done to ("police fired tear gas") is done to a crowd of the forces' country
(:func:`crowd_targets`, rule ``target:crowd``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from ..actors import ActorIndex
from ..actors.sector_nouns import noun_sector
from ..model import Actor, Event
from ..resources import Resources
from ..syntax import is_passive, is_question, pobjs
from .merges import Draft
from .parties import CROWD, add_party

CLASH_TRIGGERS = frozenset({"trigger:clash-n", "trigger:clash-v"})
POLICE = "COP"  # PLOVER sector of police and security forces
FORCES = frozenset({"COP", "MIL"})  # who fires tear gas at a crowd
AIM_PREPS = ("at", "on", "against", "into", "toward", "towards")
CROWD_SECTORS = frozenset({"CVL"})  # protesters, youth, people (lexicons/sectors.yaml)
REPRESSION, PROTEST = "175", "14"  # CAMEO codes (data/ontology/cameo.csv)
RULE = "split:police-and-crowd"
CROWD_NUMBERS = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten"})
MODIFIERS = ("compound", "amod", "nmod", "poss")  # a place word modifying other words


def police_and_crowds(events: list[Event], actors: Mapping[str, Actor],
                      res: Resources) -> list[Event]:
    """``events`` with each clash between police and a crowd told as the police's
    repression of the crowd and the crowd's protest (see the module's rule)."""
    out: list[Event] = []
    for event in events:
        sides = _sides(event, actors)
        if sides is None:
            out.append(event)
            continue
        police, crowd = sides
        repression = _recoded(event, "COERCE", REPRESSION, police, crowd, res)
        protest = _recoded(event, "PROTEST", PROTEST, crowd, None, res)
        out.extend(e for e in (repression, protest) if not any(_same(e, o) for o in out))
    return out


def crowd_targets(events: list[Event], index: ActorIndex, make: Callable[[str], Actor],
                  res: Resources) -> list[Event]:
    """Repression that names nothing it is aimed at ("police fired tear gas and stun
    grenades", "security forces fired metallic pellets") is domestic policing: it is done
    to a crowd of the forces' own country, which keeps the bare country code (real-text
    rulings R2, R3). Not when the sentence aims it ("fired tear gas at mourners", "used
    tear gas on the border": whoever they are, the text does not say they are the forces'
    people) nor when it happens in another country. The target is noted over the source's
    own words, which name the country (rule ``target:crowd(<code>)``; issue 13, real
    train and dev). In place; returns ``events``."""
    for event in events:
        if event.cameo != REPRESSION or event.target is not None or event.source is None:
            continue
        source = index.actors.get(event.source)
        country = source.country if source is not None else None
        if source is None or source.sector not in FORCES or country not in res.countries \
                or (event.location is not None
                    and event.location.country not in (None, country)):
            continue
        said = next((p for p in event.participants if p.role == "source"), None)
        trigger = index.doc.char_span(event.evidence.trigger.start,
                                      event.evidence.trigger.end, alignment_mode="expand")
        if said is None or trigger is None or _aimed(trigger.root, res):
            continue
        add_party(event, "target", country, (said.text, said.start, said.end),
                  f"target:crowd({country})", index, make)
    return events


def crowd_sources(drafts: list[Draft], index: ActorIndex, make: Callable[[str], Actor],
                  res: Resources) -> None:
    """A protest told as what happened that names no one who protests ("Thousands
    protested in Cairo", "protests erupted across Iran", "a sit-in was held in Minsk") is
    made by a crowd of the country where it happens, coded by the bare country as a crowd
    repressed is (real-text rulings R2, R3: "crowds were repelled from Pearl Roundabout" is
    PROTEST BHR; docs/eval.md leaves the target out). The source is noted over the place's
    words (rule ``source:crowd(<code>)``; issue 13). Not a protest named in passing, as a
    cause or a setting ("after weeks of protests", "took part in the protests", "in protest
    at"), a passive verb ("the road was blocked"), a diaspora ("thousands of Kurds
    protested in Stockholm"), a question, nor a place whose words modify a party or a
    building ("burned flags outside the US embassy": the US is protested against). In
    place."""
    for draft in drafts:
        event, place = draft.event, draft.event.location
        if event.type != "PROTEST" or event.source is not None or place is None \
                or place.country not in res.countries or not _told(draft.token, res) \
                or not _crowd_doer(draft.token, res) or _names_party(event, index):
            continue
        add_party(event, "source", place.country, (place.name, place.start, place.end),
                  f"{CROWD}{place.country})", index, make)


def _crowd_doer(word: Token, res: Resources) -> bool:
    """Whoever the text says protests is a crowd, or no one: a number ("Thousands
    protested"), a crowd noun ("people", "residents": lexicons/sectors.yaml CVL), or no
    subject ("Protests erupted"); not a group the actor dictionary did not know ("five
    opposition groups organized a sit-in": their protest, not the place's crowd)."""
    verb = word.head if word.dep_ == "dobj" else word
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ in (
        "VERB", "AUX") else []
    return all(_crowd(s, res) for s in subjects)


def _crowd(noun: Token, res: Resources) -> bool:
    """A crowd: a number of no one named ("Thousands", "hundreds of people"; not
    "thousands of Kurds", whose own country the place does not give) or a crowd noun."""
    if noun.tag_ == "CD" or noun.lemma_.lower() in CROWD_NUMBERS:
        return all(noun_sector(o, res) in CROWD_SECTORS for c in noun.children
                   if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj")
    return noun_sector(noun, res) in CROWD_SECTORS


def _names_party(event: Event, index: ActorIndex) -> bool:
    """The place's words modify other words ("outside the US embassy", "near the U.S.
    consulate", "to Pearl Roundabout": a party or a building, not the crowd's country), or
    are a party's; or the sentence asks ("Did thousands really protest in Pyongyang?")."""
    place = event.location
    assert place is not None
    span = index.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.root.dep_ in MODIFIERS or is_question(span.sent):
        return True
    return any(p.start <= span.root.idx < p.end or place.start <= p.start < place.end
               for p in event.participants)


def _told(word: Token, res: Resources) -> bool:
    """The protest word tells the protest: an active verb, or a noun that heads its clause
    ("Protests erupted", "a demonstration was held", a headline "Protests in Tehran") or is
    the object of a light verb ("staged a sit-in", lexicons/events.yaml ``light_verbs``)."""
    if word.pos_ in ("VERB", "AUX"):
        if word.dep_ == "acl" and _crowd(word.head, res):  # "Thousands protested in…",
            return True  # parsed as a participle of "Thousands"
        participle = word.tag_ == "VBN" and not any(  # "whilst blocked to traffic"
            c.lemma_ == "have" or c.dep_ == "nsubj" for c in word.children)
        return not participle and not is_passive(word)
    return word.dep_ in ("nsubj", "nsubjpass", "ROOT") or (
        word.dep_ == "dobj" and word.head.lemma_ in res.events.light_verbs)


def _aimed(verb: Token, res: Resources) -> bool:
    """The repression names what it is aimed at, other than a crowd: a preposition of aim
    on the verb or on what it fires ("fired tear gas at mourners", "used water cannon on
    the border"); not a time ("on Tuesday"), the air, or a crowd noun ("on protesters", of
    the forces' own country as a bare crowd is; lexicons/sectors.yaml CVL)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(p.ent_type_ not in ("DATE", "TIME") and p.lower_ != "air"
               and noun_sector(p, res) != "CVL"
               for h in heads for c in h.children
               if c.dep_ == "prep" and c.lower_ in AIM_PREPS for p in pobjs(c))


def _sides(event: Event, actors: Mapping[str, Actor]) -> tuple[str, str] | None:
    """(police, crowd) when the event is a clash between the two, else None."""
    if event.type != "ASSAULT" or not CLASH_TRIGGERS & set(event.why):
        return None
    if event.source is None or event.target is None:
        return None
    sectors = {actor_id: (actors[actor_id].sector if actor_id in actors else None)
               for actor_id in (event.source, event.target)}
    police = [a for a, s in sectors.items() if s == POLICE]
    crowd = [a for a, s in sectors.items() if s in CROWD_SECTORS]
    return (police[0], crowd[0]) if police and crowd else None


def _recoded(event: Event, kind: str, cameo: str, source: str, target: str | None,
             res: Resources) -> Event:
    info = res.cameo_info(cameo)
    assert info is not None  # codes of the shipped CAMEO table
    participants = [replace(p, role="source") for p in event.participants
                    if p.actor == source][:1]
    participants += [replace(p, role="target") for p in event.participants
                     if target is not None and p.actor == target][:1]
    return replace(event, type=kind, cameo=cameo, cameo_name=info.name,
                   goldstein=info.goldstein, quad_class=info.quad_class, mode=None,
                   source=source, target=target, participants=participants,
                   why=[*event.why, RULE])


def _same(a: Event, b: Event) -> bool:
    return (a.type, a.source, a.target, a.evidence.sentence) == (
        b.type, b.source, b.target, b.evidence.sentence)
