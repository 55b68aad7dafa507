"""The body that publishes a document speaks in it (issue 13; actors/publisher.py)."""

from __future__ import annotations

import pytest

from newsledger.evaluation.scoring import actor_code


@pytest.mark.parametrize(("outlet", "code"), [
    ("U.S. Department of State", "USAGOV"),
    ("The White House, Office of the Press Secretary (archived copy on example.org)",
     "USAGOV"),
    ("U.S. Mission to the OSCE", "USAGOV"),
    ("Foreign, Commonwealth & Development Office", "GBRGOV"),
    ("Ministry of Foreign Affairs of Pakistan", "PAKGOV"),
    ("UK Ministry of Defence", "GBRMIL"),
    ("United Nations", "IGOUNO"),
    ("Reuters", None),  # a news agency publishes no state's statement
    ("BBC News", None),
    ("Wikinews", None),
    ("Office of the Spokesperson", None),  # whose office is not said
    ("Department of Journalism, University of Nairobi, Kenya", None),  # no state's office
    ("", None),
    (None, None),
    # a feed's outlet is its site (ingest/feeds.py): data/actors/publishers.yaml
    ("www.state.gov", "USAGOV"),
    ("m.state.gov", "USAGOV"),
    ("www.gov.uk", "GBRGOV"),
    ("kremlin.ru", "RUSGOV"),
    ("news.un.org", "IGOUNO"),
    ("dawn.com", None),
    ("gov.uk.example.com", None),  # a parent domain counts, an inner one does not
])
def test_an_outlet_names_its_official_body_or_none(analyzer, outlet, code):
    found = analyzer.publisher.of(outlet)
    assert (found.cameo_code if found else None) == code


def sources(analysis) -> dict[str, str]:
    """trigger text -> the source's code, for every event."""
    return {e.evidence.trigger.text: actor_code(analysis, e.source) for e in analysis.events}


READOUT = ("Readout of the President's Call with Prime Minister Rutte of the Netherlands\n\n"
           "The President spoke today with Prime Minister Rutte about the floods.")


def test_a_readouts_unnamed_president_is_its_publishers_government(analyzer):
    published = analyzer.analyze(READOUT, date="2021-07-16",
                                 outlet="The White House, Office of the Press Secretary")
    assert sources(published) == {"spoke": "USAGOV"}
    assert [m.why for a in published.actors if a.id == "USAGOV" for m in a.mentions] == [
        "coref:publisher", "coref:publisher"]
    unknown = analyzer.analyze(READOUT, date="2021-07-16", outlet="Wikinews")
    assert "USAGOV" not in sources(unknown).values()  # whose president is not said


@pytest.mark.parametrize(("text", "trigger", "outlet", "code"), [
    # "we" of a release that names no official
    ("Attacks on Aid Workers in Northern Ruritania\n\nWe call on both sides to halt the "
     "fighting and let the convoys through.", "call", "U.S. Department of State", "USAGOV"),
    # a title alone, as the headline's subject
    ("Foreign Secretary condemns attack on aid convoy in Yemen\n\nThe Foreign Secretary "
     "said the attack was unacceptable.", "condemns",
     "Foreign, Commonwealth & Development Office", "GBRGOV"),
    # a ministry named without its country, in the ministry's own release
    ("Foreign Office Minister condemns shelling of Kharkiv\n\nThe minister said the "
     "shelling was indiscriminate.", "condemns", "Foreign & Commonwealth Office", "GBRGOV"),
])
def test_a_release_speaks_as_its_publisher_and_news_does_not(analyzer, text, trigger,
                                                              outlet, code):
    published = analyzer.analyze(text, date="2019-03-04", outlet=outlet)
    assert sources(published)[trigger] == code
    for news in ("Reuters", "BBC News", None):
        assert sources(analyzer.analyze(text, date="2019-03-04", outlet=news)).get(
            trigger, "") == ""


def test_a_title_with_a_name_or_a_country_keeps_it(analyzer):
    text = ("Readout of the President's Call with the President of Kenya\n\n"
            "The President spoke today with the President of Kenya about trade.")
    analysis = analyzer.analyze(text, date="2022-02-01", outlet="The White House")
    codes = {actor_code(analysis, e.target) for e in analysis.events}
    assert "USAGOV" not in codes  # the one called is not the publisher's president


RELEASE = ("Unrest in Moldova\n\n"
           "The United States strongly condemns the attack on the electoral commission. We "
           "urge the police to investigate, and we support the government in its work.")


def test_a_releases_bare_sectors_are_not_its_publishers(analyzer):
    """ "We urge the police…" in a State Department release: not US police, but the
    country of its headline; "the government" it supports is not its own."""
    published = analyzer.analyze(RELEASE, date="2019-03-04", outlet="U.S. Department of State")
    codes = {m.text: a.cameo_code for a in published.actors for m in a.mentions}
    assert codes["the police"] == "MDACOP"
    assert codes["the government"] == "MDAGOV"
    news = analyzer.analyze(RELEASE, date="2019-03-04", outlet="Reuters")
    codes = {m.text: a.cameo_code for a in news.actors for m in a.mentions}
    # a news story's police are of the country it is set in (ruling R2), never of the
    # country the sentence before named ("The United States strongly condemns…")
    assert codes.get("the police") == "MDACOP"


def test_a_releases_must_is_its_publishers_demand(analyzer):
    text = ("Hostages in Northern Mali\n\n"
            "We are alarmed by the kidnapping of the aid workers. The militants must "
            "release the hostages.")
    published = analyzer.analyze(text, date="2019-03-04", outlet="U.S. Department of State")
    requests = [e for e in published.events if e.type == "REQUEST"]
    assert [actor_code(published, e.source) for e in requests] == ["USAGOV"]
    news = analyzer.analyze(text, date="2019-03-04", outlet="Reuters")
    assert not [e for e in news.events if e.type == "REQUEST"]



@pytest.mark.parametrize("outlet", ["U.S. Department of State", "Amnesty International"])
def test_the_country_a_release_is_about_is_not_its_issuer(analyzer, outlet):
    """Review: "Pakistan and India exchanged fire… We urge both sides…" — "we" is the
    publisher, and Pakistan stays Pakistan."""
    text = ("Pakistan and India exchanged fire along the border on Sunday. We urge both "
            "sides to show restraint.")
    analysis = analyzer.analyze(text, date="2019-03-04", outlet=outlet)
    codes = {m.text: a.cameo_code for a in analysis.actors for m in a.mentions}
    assert codes["Pakistan"] == "PAK"
    assert codes["We"] == analyzer.publisher.of(outlet).cameo_code


def test_an_ngos_release_has_no_president(analyzer):
    analysis = analyzer.analyze("The President met Chancellor Olaf Scholz in Berlin on "
                                "Friday.", date="2022-05-02", outlet="Amnesty International")
    assert "ngo-amnesty" not in {a.id for a in analysis.actors}


def test_a_title_the_scene_took_is_the_publishers(analyzer):
    """Review: "The Prime Minister met the Nigerian President in Abuja" in a release of
    India's foreign ministry: India's prime minister, not Nigeria's."""
    analysis = analyzer.analyze("The Prime Minister met the Nigerian President in Abuja.",
                                date="2022-05-02",
                                outlet="Ministry of External Affairs of India")
    codes = {m.text: a.cameo_code for a in analysis.actors for m in a.mentions}
    assert codes["The Prime Minister"] == "INDGOV"


def test_he_is_a_readouts_unnamed_president(analyzer):
    """ "the President noted that he looks forward to meeting…": he is the President, not
    the last person named (issue 13, real dev)."""
    text = ("Readout of the President's Call with President Zelenskyy of Ukraine\n\n"
            "The President spoke today with President Volodymyr Zelenskyy of Ukraine. The "
            "President noted that he looks forward to meeting with Ukrainian Foreign Minister "
            "Dmytro Kuleba next week.")
    published = analyzer.analyze(text, date="2022-03-01", outlet="The White House")
    assert sources(published)["meeting"] == "USAGOV"


def test_another_countrys_ministry_is_not_the_publishers(analyzer):
    """ "The Interior Ministry" in a State Department release is Bahrain's or no one's, not
    the US government's (review); "Analysts say Iran should…" is no US demand."""
    release = analyzer.analyze("Bahrain: Arrests of Protesters\n\nThe Interior Ministry "
                               "said police arrested 20 protesters in Manama.",
                               date="2012-02-15", outlet="U.S. Department of State")
    ministry = [a for a in release.actors for m in a.mentions
                if m.text == "The Interior Ministry"]
    assert not [a for a in ministry if a.cameo_code == "USAGOV"]
    said = analyzer.analyze("Iran and the Sailors\n\nAnalysts say Iran should release the "
                            "sailors soon.", date="2016-01-13", outlet="The White House")
    assert "demanded" not in {e.status for e in said.events}
