"""Syntax helpers on hand-made parses (syntax.py): the object of a call the parser left as
an object predicate (issue 13, real dev)."""

from __future__ import annotations

from helpers import make_doc

from newsledger.syntax import direct_objects, phone_call

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
