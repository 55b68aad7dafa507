"""People a state holds, tries or frees, named only by what they are, are its own people
(real-text rulings R2 and R31; events/custody.py). Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import dyads


def _coded(analyzer, text: str) -> set[tuple[str, str | None, str | None]]:
    return set(dyads(analyzer.analyze(text, date="2016-05-10"), status=False))


@pytest.mark.parametrize("text, expected", [
    ("An Iraqi court has acquitted three men of smuggling weapons.",
     ("SANCTION", "IRQJUD", "IRQ")),
    # where the victims were from is not where the act happened
    ("A court in Baghdad has cleared two men of killing three soldiers from Jordan.",
     ("SANCTION", "IRQJUD", "IRQ")),
    ("President Obama commuted the sentences of 58 prisoners on Tuesday.",
     ("RETREAT", "USAGOV", "USA")),
    ("The Venezuelan government must release the activists it has jailed.",
     ("RETREAT", "VENGOV", "VEN")),
    ("The Venezuelan government must release the activists it has jailed.",
     ("COERCE", "VENGOV", "VEN")),
    ("Kenyan police detained the two suspects on Sunday.",
     ("COERCE", "KENCOP", "KEN")),
    ("A Turkish court convicted the defendants of plotting a coup.",
     ("SANCTION", "TURJUD", "TUR")),
])
def test_unnamed_people_a_state_holds_or_frees_are_its_own(analyzer, text, expected):
    found = _coded(analyzer, text)
    assert expected in found, found
    assert any("target:custody" in w for e in analyzer.analyze(text, date="2016-05-10").events
               for w in e.why), found


@pytest.mark.parametrize("text", [
    # hostages and captives are not taken to be the taker's own
    "Hamas released three hostages on Sunday.",
    # a name the text does not place says nothing of the person's country
    "Swiss police detained Hannibal for two days.",
    # an act in another country is not done to the doer's own people
    "Turkish police detained two suspects in Germany on Friday.",
    # rebels are no state body
    "The rebels freed two men on Monday.",
    # people told of before may have been placed there (review)
    "Two Australian bloggers were arrested in Iran in July. Iranian authorities released "
    "the pair on Saturday.",
    # names released are published, not the people (review)
    "Police in Kenya released the names of two suspects on Sunday.",
])
def test_no_own_people_where_the_text_does_not_say_so(analyzer, text):
    found = analyzer.analyze(text, date="2016-05-10")
    assert not [w for e in found.events for w in e.why if w.startswith("target:custody")], \
        [(e.type, e.source, e.target, e.why) for e in found.events]


@pytest.mark.parametrize("text, held", [
    ("Iran is holding a British citizen.", True),
    ("Eritrea freed the minister and all other officials being held.", True),
    ("Kenya held talks with Somali officials.", False),
    ("Kenya held a meeting with Somali leaders.", False),
])
def test_people_held_are_detained_talks_held_are_not(analyzer, text, held):
    """``hold-captive-v``: only people held, never what is held with them (issue 13, real
    train: a coup statement)."""
    found = analyzer.analyze(text, date="2021-04-20")
    assert any(e.type == "COERCE" and e.cameo == "173" for e in found.events) is held, [
        (e.type, e.cameo) for e in found.events]


def test_people_held_responsible_are_blamed_not_detained(analyzer):
    """An adjective after the object says what they are held to be (triggers.py ``fits``,
    ``exclude_objects``)."""
    found = analyzer.analyze("Chad held Sudanese officials responsible for the raid.",
                             date="2021-04-20")
    assert not any(e.type == "COERCE" for e in found.events), [e.type for e in found.events]
