"""Support given to someone, demands over a to-infinitive and trade cut off from a country
(issue 13: real train and dev). Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import coded


def dyads(analyzer, text: str) -> set[tuple[str, str | None, str | None]]:
    return coded(analyzer, text, date="2019-03-12", status=False)


@pytest.mark.parametrize("text", [
    "The United States supports the democratic process in the region.",
    "We support the rights of people everywhere to peaceful protest.",
    "Both leaders reiterated their strong support for diplomatic means to end the war.",
    "The prime minister expressed his condolences on the sinking of the ferry.",
])
def test_support_for_no_one_is_no_event(analyzer, text):
    """Support and condolences code an event only when they name whom they are for."""
    assert not {d for d in dyads(analyzer, text) if d[0] == "SUPPORT"}


@pytest.mark.parametrize("text, expected", [
    ("Germany supports Ukraine.", ("SUPPORT", "DEU", "UKR")),
    ("Japan reaffirmed its support for the Philippines on Monday.", ("SUPPORT", "JPN", "PHL")),
    ("The Indian prime minister expressed his condolences to Nepal.",
     ("SUPPORT", "INDGOV", "NPL")),
])
def test_support_for_someone_still_is(analyzer, text, expected):
    assert expected in dyads(analyzer, text)


def test_told_to_is_a_demand_and_what_is_told_is_demanded(analyzer):
    found = analyzer.analyze("Iraqi police told the British to leave.", date="2019-03-12")
    kinds = {(e.type, e.status) for e in found.events}
    assert ("REQUEST", "occurred") in kinds
    assert ("RETREAT", "demanded") in kinds
    assert ("REQUEST", "IRQCOP", "GBR") in dyads(analyzer, "Iraqi police told the British "
                                                 "to leave.")
    # present "reminds": the reminding is done by saying it
    reminded = analyzer.analyze("The Kenyan embassy reminds Kenyan citizens to avoid the "
                                "border area.", date="2019-03-12")
    assert [(e.type, e.status) for e in reminded.events if e.type == "REQUEST"] == [
        ("REQUEST", "occurred")]


@pytest.mark.parametrize("text", [
    "The minister told parliament that the troops would stay.",
    "He told reporters he expected a deal with Iran.",
    # an instruction goes to one's own ministers or commanders
    "The Turkish president instructed the foreign minister to recall the ambassador "
    "from Sweden.",
])
def test_telling_that_is_no_demand(analyzer, text):
    assert not {d for d in dyads(analyzer, text) if d[0] == "REQUEST"}


def test_a_clause_told_keeps_its_own_status(analyzer):
    found = analyzer.analyze("The Ghanaian minister told parliament that Ghanaian troops "
                             "would withdraw from Mali.", date="2019-03-12")
    assert [e.status for e in found.events if e.type == "RETREAT"] == ["planned"]


@pytest.mark.parametrize("text, expected", [
    ("Libya cut off oil exports to Switzerland.", ("SANCTION", "LBY", "CHE")),
    ("Iran halted imports from Turkey.", ("SANCTION", "IRN", "TUR")),
    ("South Korea will end trade with North Korea.", ("SANCTION", "KOR", "PRK")),
    ("China banned exports of rare earths to Japan.", ("SANCTION", "CHN", "JPN")),
    ("Russia stopped gas supplies to Ukraine.", ("SANCTION", "RUS", "UKR")),
])
def test_trade_cut_off_from_a_country_is_an_embargo(analyzer, text, expected):
    assert expected in dyads(analyzer, text)
    found = analyzer.analyze(text, date="2019-03-12")
    assert {e.cameo for e in found.events if e.type == "SANCTION"} == {"163"}


@pytest.mark.parametrize("text", [
    "The drought cut grain exports this year.",
    "Egypt halted wheat imports after the harvest.",
    # a company's or a market's doing, not a state's
    "The company cut its exports to China by half.",
    "Rising costs stopped exports from Sri Lanka to India.",
    "Sanctions cut Iran's exports of oil.",
])
def test_trade_cut_with_no_country_is_none(analyzer, text):
    assert not {d for d in dyads(analyzer, text) if d[0] == "SANCTION"}


def test_a_hope_plans_only_one_s_own_act(analyzer):
    """ "hoped to meet": planned; "hoped that Russia would withdraw": a wish about another's
    act, which keeps its own status (speculative under "would")."""
    met = analyzer.analyze("Iran hoped to meet Saudi officials in Baghdad.", date="2019-03-12")
    assert [e.status for e in met.events if e.type == "CONSULT"] == ["planned"]
    wished = analyzer.analyze("The minister hoped that Russia would withdraw its troops "
                              "from Syria.", date="2019-03-12")
    assert [e.status for e in wished.events if e.type == "RETREAT"] == ["speculative"]


def test_a_noun_joined_to_another_object_keeps_its_verb(analyzer):
    """ "to express his condolences and his solidarity with the Russian people": the second
    object is expressed too (triggers.py, ``heads`` read from the first conjunct)."""
    analysis = analyzer.analyze("The Italian prime minister called the Russian president to "
                                "express his deepest condolences and his solidarity with the "
                                "Russian people.", date="2010-12-30")
    assert ("SUPPORT", "ITA", "RUS") in {(e.type, analysis.actor(e.source).country,
                                          analysis.actor(e.target).country)
                                         for e in analysis.events if e.source and e.target}
