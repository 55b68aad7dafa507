"""Syntax helpers on hand-made parses (syntax.py): the object of a call the parser left as
an object predicate (issue 13, real dev)."""

from __future__ import annotations

from helpers import coded, make_doc

from newsledger.syntax import (
    controller,
    direct_objects,
    own_subjects,
    phone_call,
    shared_objects,
)

CALL = """
Brennan PROPN NNP nsubj 1 Brennan
called VERB VBD ROOT 1 call
Hadi PROPN NNP oprd 1 Hadi
today NOUN NN npadvmod 1 today
. PUNCT . punct 1 .
"""
NAMING = """
They PRON PRP nsubj 1 they
called VERB VBD ROOT 1 call
Putin PROPN NNP oprd 1 Putin
a DET DT det 4 a
criminal NOUN NN oprd 1 criminal
. PUNCT . punct 1 .
"""


def test_a_lone_named_predicate_is_the_object_and_the_call_a_phone_call():
    doc = make_doc(CALL, [(0, 1, "PERSON", ""), (2, 3, "PERSON", "")])
    assert [t.text for t in direct_objects(doc[1])] == ["Hadi"]
    assert phone_call(doc[1])


def test_two_predicates_name_and_are_no_object():
    doc = make_doc(NAMING, [(2, 3, "PERSON", "")])
    assert direct_objects(doc[1]) == []
    assert not phone_call(doc[1])


# "The documents the activist released included cables." (a relative clause, no pronoun)
GAP = """
The DET DT det 1 the
documents NOUN NNS nsubj 5 document
the DET DT det 3 the
activist NOUN NN nsubj 4 activist
released VERB VBD relcl 1 release
included VERB VBD ROOT 5 include
cables NOUN NNS dobj 5 cable
. PUNCT . punct 5 .
"""
# "the rebels, whom Kenya accused Somalia of arming" (a pronoun beside an object)
WHOM = """
the DET DT det 1 the
rebels NOUN NNS ROOT 1 rebel
, PUNCT , punct 1 ,
whom PRON WP dobj 5 whom
Kenya PROPN NNP nsubj 5 Kenya
accused VERB VBD relcl 1 accuse
Somalia PROPN NNP dobj 5 Somalia
"""


def test_a_relative_clause_object_is_the_noun_it_tells_of():
    """Issue 13, real train: "the information Manning released" is no freeing of anyone;
    "the decision, which Spain condemned" is Spain's condemnation of the decision."""
    doc = make_doc(GAP, [])
    assert [t.text for t in direct_objects(doc[4])] == ["documents"]
    doc = make_doc(WHOM, [(4, 5, "GPE", ""), (6, 7, "GPE", "")])
    assert [t.text for t in direct_objects(doc[5])] == ["Somalia"]
    which = make_doc(WHOM.replace("whom PRON WP", "which PRON WDT").replace(
        "Somalia PROPN NNP dobj 5 Somalia", "again ADV RB advmod 5 again"), [(4, 5, "GPE", "")])
    assert [t.text for t in direct_objects(which[5])] == ["rebels"]


# "police using gas and arresting protesters", with "arresting" joined to "gas"
CONJ_ON_OBJECT = """
police NOUN NNS nsubj 1 police
using VERB VBG ROOT 1 use
gas NOUN NN dobj 1 gas
and CCONJ CC cc 2 and
arresting VERB VBG conj 2 arrest
protesters NOUN NNS dobj 4 protester
"""


def test_a_verb_joined_to_an_object_shares_its_verbs_subject():
    """Issue 13, real dev: a Bahrain protest report."""
    doc = make_doc(CONJ_ON_OBJECT, [])
    subjects, why = controller(doc[4])
    assert ([t.text for t in subjects], why) == (["police"], "control:conj-of-object")


# "A court in Izmir, Turkey acquitted her": the parser's second subject is the town's country
TOWN_COUNTRY = """
A DET DT det 1 a
court NOUN NN nsubj 6 court
in ADP IN prep 1 in
Izmir PROPN NNP pobj 2 Izmir
, PUNCT , punct 6 ,
Turkey PROPN NNP nsubj 6 Turkey
acquitted VERB VBD ROOT 6 acquit
her PRON PRP dobj 6 she
"""


def test_a_towns_country_after_a_comma_is_no_subject():
    doc = make_doc(TOWN_COUNTRY, [(3, 4, "GPE", ""), (5, 6, "GPE", "")])
    assert [t.text for t in own_subjects(doc[6])] == ["court"]
    listed = make_doc(TOWN_COUNTRY.replace("Izmir PROPN NNP pobj 2", "Izmir PROPN NNP conj 1"),
                      [(3, 4, "GPE", ""), (5, 6, "GPE", "")])
    assert [t.text for t in own_subjects(listed[6])] == ["court", "Turkey"]


# "During a visit to Beijing, Pakistan signed a deal": a fronted phrase, Pakistan the subject
FRONTED = """
During ADP IN prep 6 during
a DET DT det 2 a
visit NOUN NN pobj 0 visit
to ADP IN prep 2 to
Beijing PROPN NNP pobj 3 Beijing
, PUNCT , punct 6 ,
Pakistan PROPN NNP nsubj 7 Pakistan
signed VERB VBD ROOT 7 sign
"""
FRONTED = FRONTED.replace("punct 6", "punct 7").replace("prep 6 during", "prep 7 during")


def test_a_fronted_place_leaves_the_subject_alone():
    doc = make_doc(FRONTED, [(4, 5, "GPE", ""), (6, 7, "GPE", "")])
    assert [t.text for t in own_subjects(doc[7])] == ["Pakistan"]


# "Russia, which invaded in 2022, rejected the report": "which" is the clause's subject
WHICH_SUBJECT = """
Russia PROPN NNP nsubj 6 Russia
, PUNCT , punct 0 ,
which PRON WDT nsubj 3 which
invaded VERB VBD relcl 0 invade
in ADP IN prep 3 in
2022 NUM CD pobj 4 2022
rejected VERB VBD ROOT 6 reject
"""


def test_a_relative_pronoun_subject_leaves_no_object_gap():
    doc = make_doc(WHICH_SUBJECT, [(0, 1, "GPE", "")])
    assert direct_objects(doc[3]) == []


# "Chad called for talks and urged the army to return": a verb with a complement of its own
# (its trigger's preposition "for") shares no object; another phrase ("on Sunday", "in the
# strongest terms") is no complement of its own
CALLED_FOR = """
Chad PROPN NNP nsubj 1 Chad
called VERB VBD ROOT 1 call
for ADP IN prep 1 for
talks NOUN NNS pobj 2 talk
and CCONJ CC cc 1 and
urged VERB VBD conj 1 urge
the DET DT det 7 the
army NOUN NN dobj 5 army
"""


def test_a_verb_with_its_own_complement_shares_no_object():
    doc = make_doc(CALLED_FOR, [(0, 1, "GPE", "")])
    assert shared_objects(doc[1], ("for",)) == []
    assert [t.text for t in shared_objects(doc[1], ("on",))] == ["army"]
    dated = make_doc(CALLED_FOR.replace("for ADP IN prep 1 for", "on ADP IN prep 1 on")
                     .replace("talks NOUN NNS pobj 2 talk", "Sunday PROPN NNP pobj 2 Sunday"),
                     [(0, 1, "GPE", ""), (3, 4, "DATE", "")])
    assert [t.text for t in shared_objects(dated[1], ("for",))] == ["army"]


# "Chad and Niger plan to hold joint exercises", "plan" parsed a noun with a subject
NOUN_AS_VERB = """
Chad PROPN NNP nsubj 3 Chad
and CCONJ CC cc 0 and
Niger PROPN NNP conj 0 Niger
plan NOUN NN ROOT 3 plan
to PART TO aux 5 to
hold VERB VB xcomp 3 hold
exercises NOUN NNS dobj 5 exercise
"""


def test_a_verb_parsed_as_a_noun_with_a_subject_controls_its_clause():
    """Issue 13, real train: a readout of planned naval exercises."""
    doc = make_doc(NOUN_AS_VERB, [])
    subjects, why = controller(doc[5])
    assert ([t.text for t in subjects], why) == (["Chad", "Niger"], "control:noun-as-verb")



def test_a_plan_parsed_as_a_noun_still_gives_its_clause_a_doer(analyzer):
    """ "Chad and Niger plan to hold joint exercises": the parser makes "plan" a noun with
    a subject; the planners hold the exercises (syntax.controller ``noun-as-verb``)."""
    found = coded(analyzer, "Chad and Niger plan to hold joint military exercises in May.")
    assert {("COOPERATE", "TCDMIL", "NERMIL", "planned"),
            ("COOPERATE", "NERMIL", "TCDMIL", "planned")} <= found, found
