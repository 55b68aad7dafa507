"""Attribution and sourcing grades on hand-made Docs: according to, speech verbs, quotes,
vague cues, nothing."""

from __future__ import annotations

import pytest
from helpers import make_doc, resources

from newsledger.actors import ActorDictionary, ActorIndex
from newsledger.claims import AttributionRules


@pytest.fixture(scope="module")
def rules() -> AttributionRules:
    return AttributionRules(resources())


def attribute(rules: AttributionRules, rows: str, ents=(), actors=()):
    """``(attribution, grade, why)`` of the one sentence; ``actors``: (start, end, id)."""
    doc = make_doc(rows, ents)
    index = ActorIndex(doc, {t.i: 0 for t in doc})
    make = ActorDictionary(resources()).make
    for start, end, actor_id in actors:
        index.add(make(actor_id), start, end, "test")
    return rules.attribute(doc[:], index)


def test_according_to_unnamed_officials_is_grade_c(rules):
    attribution, grade, why = attribute(rules, """
According VERB VBG prep 6 accord
to ADP IN prep 0 to
officials NOUN NNS pobj 1 official
, PUNCT , punct 6 ,
Pakistan PROPN NNP nsubj 6 Pakistan
will AUX MD aux 6 will
send VERB VB ROOT 6 send
troops NOUN NNS dobj 6 troop
. PUNCT . punct 6 .
""")
    assert (attribution.type, attribution.cue, attribution.source_text) == (
        "according-to", "according to", "officials")
    assert (attribution.start, attribution.end) == (13, 22)
    assert grade == "C" and why == ["attr:according-to(according to)",
                                    "grade:C(unnamed-official)"]


def test_a_named_person_who_said_is_grade_a(rules):
    attribution, grade, why = attribute(rules, """
Vance PROPN NNP nsubj 1 Vance
said VERB VBD ROOT 1 say
Pakistan PROPN NNP nsubj 4 Pakistan
would AUX MD aux 4 would
send VERB VB ccomp 1 send
troops NOUN NNS dobj 4 troop
. PUNCT . punct 1 .
""", actors=[(0, 1, "jd-vance")])
    assert (attribution.type, attribution.source_actor, attribution.cue) == (
        "reported-speech", "jd-vance", "said")
    assert grade == "A" and why == ["attr:speech-verb(say)", "grade:A(named-person)"]


def test_quotation_marks_make_a_direct_quote(rules):
    attribution, grade, _ = attribute(rules, """
" PUNCT `` punct 8 "
We PRON PRP nsubj 3 we
will AUX MD aux 3 will
send VERB VB ccomp 8 send
troops NOUN NNS dobj 3 troop
, PUNCT , punct 8 ,
" PUNCT '' punct 8 "
Sharif PROPN NNP nsubj 8 Sharif
said VERB VBD ROOT 8 say
. PUNCT . punct 8 .
""", ents=[(7, 8, "PERSON", "")])
    assert (attribution.type, attribution.source_text, grade) == ("direct-quote", "Sharif", "A")


def test_reportedly_is_a_vague_report(rules):
    attribution, grade, why = attribute(rules, """
Pakistan PROPN NNP nsubj 2 Pakistan
reportedly ADV RB advmod 2 reportedly
sent VERB VBD ROOT 2 send
troops NOUN NNS dobj 2 troop
. PUNCT . punct 2 .
""")
    assert (attribution.type, attribution.cue, attribution.start) == (
        "unattributed", "reportedly", 9)
    assert grade == "D" and why == ["attr:vague-cue(reportedly)"]


def test_no_source_is_the_outlets_own_grade_e(rules):
    attribution, grade, why = attribute(rules, """
Israel PROPN NNP nsubj 1 Israel
attacked VERB VBD ROOT 1 attack
Iran PROPN NNP dobj 1 Iran
. PUNCT . punct 1 .
""")
    assert (attribution.type, attribution.source_text, grade, why) == (
        "unattributed", None, "E", ["attr:none"])
