"""People a state holds, tries or frees, named by what they are rather than who.

"A judge in Baghdad has cleared two men of murdering six soldiers", "Obama commutes
whistleblower's sentence", "the government should release those it has unjustly jailed":
no actor is named on the receiving end, yet a reader knows whose people they are. A
state's arrest, conviction or release (the trigger modes ``custody_modes`` in
lexicons/events.yaml) done by one of its own bodies (sectors ``custody_holders``) to
people it names only by a noun of ``custody_people`` is done to its own people, coded
with the bare country (real-text rulings R2 and R31, tests/gold/real/coding: suspects and
detainees keep the bare code). Not when the people are named (a name the text does not
place says nothing of their country), not for hostages or captives (not in the list),
not when the act happens in another country (a place the people are "from" is not
where it happens), and not for people pointed back to ("released the pair": an earlier
sentence may say they are Australians). Rule ``target:custody(<code>)``, noted
over the people's own word (issue 13, real train).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from ..actors import ActorIndex
from ..model import Actor, Event
from ..resources import Resources
from ..syntax import pobjs
from .details import NOT_THERE
from .parties import add_party

HELD = ("dobj", "dative", "nsubjpass")  # the verb's people: "cleared two men"
RELATIVE = frozenset({"who", "whom", "that"})  # "individuals whom he granted clemency"
# what an act on someone is done to, whose owner is the one held: "the sentences of…"
HELD_THINGS = frozenset({"sentence", "term", "conviction", "case", "release", "detention"})
# words that point back to people told of before ("the pair", "these men"), whose country
# the earlier sentence may give: "Two Australians were arrested … Iran released the pair"
BACK = frozenset({"these", "this", "that", "his", "her", "their", "its", "our"})
PAIRS = frozenset({"pair", "couple", "duo", "trio"})  # "the pair": always told of before


def custody_targets(events: list[Event], index: ActorIndex, make: Callable[[str], Actor],
                    res: Resources) -> list[Event]:
    """``events`` with the state's own people as the target of its arrests, convictions
    and releases of unnamed people (see the module's rule). In place; returns ``events``.
    """
    lexicon = res.events
    for event in events:
        if event.mode not in lexicon.custody_modes or event.target is not None \
                or event.source is None:
            continue
        source = index.actors.get(event.source)
        country = source.country if source is not None else None
        if source is None or source.sector not in lexicon.custody_holders \
                or country not in res.countries \
                or (event.location is not None and not event.location.why.endswith(NOT_THERE)
                    and event.location.country not in (None, country)):
            continue
        span = index.doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                                   alignment_mode="expand")
        if span is None:
            continue
        people = next((t for t in _held(span.root)
                       if t.pos_ != "PROPN" and t.lemma_.lower() in lexicon.custody_people
                       and not _told_before(t)), None)
        if people is None:
            continue
        add_party(event, "target", country,
                  (people.text, people.idx, people.idx + len(people.text)),
                  f"target:custody({country})", index, make)
    return events


def _held(trigger: Token) -> Iterator[Token]:
    """The words for whom the act is done to: the verb's object or passive subject (or,
    for a relative pronoun or a relative clause with a subject of its own, the noun the
    clause is on), and the owner of a sentence, term, case or release ("whistleblower's
    sentence", "the sentences of…", "the release of those…")."""
    things = [c for c in trigger.children if c.dep_ in HELD] if trigger.pos_ == "VERB" \
        else [trigger]
    if not things and trigger.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in trigger.children):
        yield trigger.head  # "those it has jailed": the clause's own subject jails them
    for thing in things:
        if thing.lower_ in RELATIVE and trigger.dep_ == "relcl":
            yield trigger.head
            continue
        yield thing
        if thing.i != trigger.i and thing.lemma_.lower() not in HELD_THINGS:
            continue  # "released the names of two suspects": a publication, not them
        for child in thing.children:
            if child.dep_ == "poss":
                yield child
            elif child.dep_ == "prep" and child.lower_ == "of":
                yield from pobjs(child)


def _told_before(people: Token) -> bool:
    """People pointed back to ("the pair", "these men", "their members"): the text told
    of them before and may have placed them, so their country is not assumed; "those it
    has jailed" points forward to its clause, and "the detainees" is as often the first
    telling as not (second review)."""
    return any(c.dep_ in ("det", "poss") and (c.lower_ in BACK or (
        c.lower_ == "the" and people.lemma_.lower() in PAIRS)) for c in people.children)
