"""Status rules on hand-made Docs: negation, governors, modals, reported speech, tense."""

from __future__ import annotations

import pytest
from helpers import make_doc, resources

from newsledger.events.status import StatusRules


@pytest.fixture(scope="module")
def rules() -> StatusRules:
    return StatusRules(resources())


def status_of(rules: StatusRules, rows: str, trigger: int) -> tuple[str, bool, list[str]]:
    return rules.status(make_doc(rows)[trigger])


def test_not_on_the_verb_negates(rules):
    assert status_of(rules, """
Pakistan PROPN NNP nsubj 3 Pakistan
has AUX VBZ aux 3 have
not PART RB neg 3 not
recognized VERB VBN ROOT 3 recognize
Israel PROPN NNP dobj 3 Israel
. PUNCT . punct 3 .
""", 3) == ("negated", True, ["status:negation"])


def test_a_denial_governs_what_it_denies(rules):
    assert status_of(rules, """
China PROPN NNP nsubj 1 China
denied VERB VBD ROOT 1 deny
that SCONJ IN mark 4 that
it PRON PRP nsubj 4 it
sent VERB VBD ccomp 1 send
troops NOUN NNS dobj 4 troop
. PUNCT . punct 1 .
""", 4) == ("denied", False, ["status:governor(deny)"])


def test_will_is_planned(rules):
    assert status_of(rules, """
Germany PROPN NNP nsubj 2 Germany
will AUX MD aux 2 will
impose VERB VB ROOT 2 impose
sanctions NOUN NNS dobj 2 sanction
. PUNCT . punct 2 .
""", 2) == ("planned", False, ["status:modal(will)"])


def test_would_under_a_speech_verb_is_reported_future(rules):
    assert status_of(rules, """
Vance PROPN NNP nsubj 1 Vance
said VERB VBD ROOT 1 say
Pakistan PROPN NNP nsubj 4 Pakistan
would AUX MD aux 4 would
send VERB VB ccomp 1 send
troops NOUN NNS dobj 4 troop
. PUNCT . punct 1 .
""", 4) == ("planned", False, ["status:modal(would)+reported"])


def test_would_elsewhere_is_speculative(rules):
    assert status_of(rules, """
Pakistan PROPN NNP nsubj 2 Pakistan
would AUX MD aux 2 would
send VERB VB ROOT 2 send
troops NOUN NNS dobj 2 troop
. PUNCT . punct 2 .
""", 2) == ("speculative", False, ["status:modal(would)"])


def test_a_headline_infinitive_is_planned(rules):
    assert status_of(rules, """
Pakistan PROPN NNP nsubj 2 Pakistan
to PART TO aux 2 to
send VERB VB ROOT 2 send
troops NOUN NNS dobj 2 troop
""", 2) == ("planned", False, ["status:infinitive"])


def test_past_tense_occurred(rules):
    assert status_of(rules, """
Israel PROPN NNP nsubj 1 Israel
attacked VERB VBD ROOT 1 attack
Iran PROPN NNP dobj 1 Iran
. PUNCT . punct 1 .
""", 1) == ("occurred", False, ["status:tense(VBD)"])
