"""Aid promised or given in words the lexicon lacked, and censorship and hacking as
coercion (issue 13, our dev split). Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text, expected", [
    # arms promised go to the one they are promised to (embedded.py, "pledged")
    ("Poland promised Ukraine four fighter jets last week.", ("AID", "POL", "UKR", "agreed")),
    ("Kenya has been offered three helicopters by Japan.", ("AID", "JPN", "KEN", "agreed")),
    # "promise" is a light verb: its subject gives what it promises
    ("Japan promised humanitarian aid to Nepal.", ("AID", "JPN", "NPL", "agreed")),
    ("France will help Lebanon rebuild its port.", ("AID", "FRA", "LBN", "planned")),
    ("Qatar agreed to settle Sudan's debts to the African Development Bank.",
     ("AID", "QAT", "SDN", "agreed")),
    ("Jordanian doctors treated the wounded in a field hospital on Monday.",
     ("AID", "JORMED", None, "occurred")),
])
def test_aid_promised_or_given(analyzer, text, expected):
    assert expected in coded(analyzer, text)


@pytest.mark.parametrize("text", [
    "Sweden helped end the stalemate in the talks.",
    "Police treated him as a suspect for two days.",
    "The two firms settled their dispute out of court.",
    "Japan promised a thorough review of the rules.",
])
def test_help_treat_settle_and_promise_in_other_senses_give_no_aid(analyzer, text):
    assert not [t for t in coded(analyzer, text) if t[0] == "AID"]


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia ordered a shutdown of the internet in Tigray on Monday.",
     ("COERCE", "ETH", "ETH", "occurred")),
    ("Iran shut down two reformist newspapers in Tehran.", ("COERCE", "IRN", None, "occurred")),
    ("Turkish authorities blocked the website of a Kurdish broadcaster.",
     ("COERCE", "TURGOV", None, "occurred")),
    ("Belarus restricted internet access across the country on Sunday.",
     ("COERCE", "BLR", None, "occurred")),
])
def test_censorship_is_coercion(analyzer, text, expected):
    """ONTOLOGY.md: COERCE covers censorship (CAMEO 17)."""
    found = coded(analyzer, text)
    assert any(t[0] == expected[0] and t[1] == expected[1] and t[3] == expected[3]
               for t in found), found


@pytest.mark.parametrize("text", [
    "The government shutdown entered its third week on Friday.",
    "Protesters blocked the main road into the capital.",
])
def test_a_budget_shutdown_or_a_road_block_is_no_censorship(analyzer, text):
    assert not [t for t in coded(analyzer, text) if t[0] == "COERCE"]


@pytest.mark.parametrize("text, status", [
    ("President Ruto ordered the deployment of 800 police officers to the coast.",
     "occurred"),
    ("President Ruto will order the deployment of troops to the border next week.",
     "planned"),
])
def test_an_act_ordered_as_a_noun_is_done_by_the_order(analyzer, text, status):
    """status.ORDERING_VERBS: "ordered the deployment": the order deploys them (our dev
    gold); "ordered them to leave" stays a demand (test_status)."""
    found = analyzer.analyze(text, date="2021-04-20")
    mobilized = [e for e in found.events if e.type == "MOBILIZE"]
    assert mobilized and mobilized[0].status == status, found.events


def test_an_order_to_another_stays_a_demand(analyzer):
    found = analyzer.analyze("Mali ordered the French ambassador to leave the country.",
                             date="2021-04-20")
    left = [e for e in found.events if e.type == "RETREAT"]
    assert left and left[0].status == "demanded", found.events


@pytest.mark.parametrize("text, giver, taker", [
    ("France offered Greece six Rafale jets.", "FRA", "GRC"),
    ("The United States pledged Taiwan new missiles.", "USA", "TWN"),
    ("Germany promised Kyiv air defence missiles by the end of the year.", "DEU", "UKR"),
])
def test_arms_promised_go_to_the_one_promised_them(analyzer, text, giver, taker):
    """Review of issue 13: the parser hangs the recipient on the arms noun; the one who
    promises gives them (embedded._recipient_as_doer) and the promise keeps its target."""
    found = coded(analyzer, text)
    aid = [t for t in found if t[0] == "AID"]
    assert aid and aid[0][1].startswith(giver) and aid[0][2].startswith(taker), found
    assert [t for t in found if t[0] == "AGREE" and t[2] and t[2].startswith(taker)], found


@pytest.mark.parametrize("text", [
    "Hamas promised missiles would rain on Tel Aviv.",  # the clause's subject, no arms
    "China helped restore ties between Iran and Saudi Arabia.",  # mediation
    "Zambia settled its debt with China last year.",  # its own debt
])
def test_threats_mediation_and_own_debts_are_no_aid(analyzer, text):
    assert not [t for t in coded(analyzer, text) if t[0] == "AID"]


def test_aid_sent_to_help_treat_is_one_act(analyzer):
    """merges._purpose: "sent doctors … to help treat the victims" is one AID, the
    sending's own aim (our dev gold)."""
    found = analyzer.analyze("Cuba sent 40 doctors to Haiti on Monday to help treat the "
                             "wounded.", date="2021-04-20")
    assert [e.type for e in found.events] == ["AID"], found.events


@pytest.mark.parametrize("text, expected", [
    # forces trained or equipped: military aid (CAMEO 072)
    ("British soldiers trained Iraqi police officers.", ("AID", "GBRMIL", "IRQCOP", "occurred")),
    ("The US is equipping Yemeni forces.", ("AID", "USA", "YEMMIL", "ongoing")),
    ("NATO will help the Iraqi government build its defences.",
     ("AID", "IGONAT", "IRQGOV", "planned")),
    # refugees resettled: asylum given, to whose people they are (CAMEO 075)
    ("Japan resettled 18 families from Myanmar.", ("AID", "JPN", "MMRCVL", "occurred")),
])
def test_forces_trained_and_refugees_resettled_are_aid(analyzer, text, expected):
    assert expected in coded(analyzer, text)
    cameo = {"train": "072", "equip": "072", "build": "070", "resettl": "075"}
    word = next(w for w in cameo if w in text)
    found = analyzer.analyze(text, date="2021-04-20")
    assert [e.cameo for e in found.events if e.type == "AID"] == [cameo[word]]


@pytest.mark.parametrize("text", [
    "She trained for the marathon all winter.",
    "The team trained hard before the final.",
    # aid needs a recipient: a force training its own, an academy its pupils
    "The Kenyan police trained new officers.",
    "The academy trains police officers from across Nigeria.",
    # training cut is no training given
    "Training for Afghan soldiers was cut by the United States.",
])
def test_training_of_no_forces_is_no_aid(analyzer, text):
    assert not {d for d in coded(analyzer, text) if d[0] == "AID"}


@pytest.mark.parametrize("text, expected", [
    ("The Red Cross is providing food and shelter in Goma.", "AID"),
    ("Turkey will provide Somalia with two patrol boats.", "AID"),
])
def test_aid_provided_or_anything_provided_to_someone(analyzer, text, expected):
    assert expected in {e[0] for e in coded(analyzer, text)}


@pytest.mark.parametrize("text", [
    "The OSCE found that the media fulfilled its obligation to provide balanced coverage.",
    "Pakistani agents are responsible for providing judicial services.",
])
def test_something_provided_to_no_one_is_no_aid(analyzer, text):
    assert "AID" not in {e[0] for e in coded(analyzer, text)}


@pytest.mark.parametrize("text", [
    "Kuwait provided our Syrian brothers with wheat.",
    "Norway provided 500 million kroner in assistance.",
    "The drones were provided by Iran.",
])
def test_aid_provided_in_any_words_stays_aid(analyzer, text):
    assert "AID" in {e[0] for e in coded(analyzer, text)}


@pytest.mark.parametrize("text, expected", [
    # "supply X with Y": X receives, Y is what is given (frames.py ``equipped``)
    ("Turkey supplied the Ukrainian army with drones.", ("AID", "TUR", "UKRMIL", "occurred")),
    ("The US provided Ukraine with Patriot missiles.", ("AID", "USA", "UKR", "occurred")),
    # a thing shared "with" someone stays the theme
    ("Britain shared intelligence with Ukraine.", ("COOPERATE", "GBR", "UKR", "occurred")),
])
def test_what_comes_with_is_given_to_the_object(analyzer, text, expected):
    assert expected in coded(analyzer, text), coded(analyzer, text)
