"""Events the subject undergoes: "faces charges", "died in the offensive", "came under fire"
(``undergoing_verbs`` in lexicons/events.yaml; events/frames.py ``_undergoes``), and the
doer of a condemned act named by "by" (issue 13, real text). Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import dyads


def coded(analysis) -> list:
    return dyads(analysis, status=False)


@pytest.mark.parametrize(("text", "expected"), [
    # the one who faces the charges is charged, not the charger
    ("The opposition leader faces charges of sedition in Caracas.",
     ("COERCE", None, "VENOPP")),
    # "from" names the accuser
    ("The Bolivian minister faces accusations of fraud from Peruvian lawmakers.",
     ("ACCUSE", "PERLEG", "BOLGOV")),
    ("Seven Hezbollah commanders now face travel bans imposed last week.",
     ("SANCTION", None, "LBNREB")),
    ("Ukraine received military aid from Poland on Tuesday.",
     ("AID", "POL", "UKR")),
    ("Nine Kenyan soldiers died in the offensive near Kismayo.",
     ("ASSAULT", None, "KENMIL")),
    ("A Malian army convoy came under fire north of Gao on Sunday.",
     ("ASSAULT", None, "MLIMIL")),
])
def test_the_subject_undergoes_the_event_noun(analyzer, text, expected):
    analysis = analyzer.analyze(text, date="2024-05-06")
    assert expected in coded(analysis), coded(analysis)
    kind, _, target = expected
    assert not any(t == kind and s == target for t, s, _ in coded(analysis)), \
        "the one who undergoes it is never its doer"


def test_come_takes_part_only_under_its_noun(analyzer):
    analysis = analyzer.analyze("Turkish envoys came to the talks in Baku on Monday.",
                                date="2024-05-06")
    assert not any(target == "TURGOV" for _, _, target in coded(analysis))


def test_a_condemned_act_done_by_someone_is_held_against_the_doer(analyzer):
    analysis = analyzer.analyze("Canada condemned the detention of the Nicaraguan bishop by "
                                "Nicaraguan police.", date="2024-05-06")
    assert ("ACCUSE", "CAN", "NICCOP") in coded(analysis), coded(analysis)
    assert ("COERCE", "NICCOP", "NIC") in coded(analysis) or any(
        t == "COERCE" and s == "NICCOP" for t, s, _ in coded(analysis))
