"""Headlines in Title Case parse sentence-cased (issue 13; casing.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def casing(analyzer):
    return analyzer.casing


def test_a_title_case_headline_is_lowered_but_for_its_names(casing):
    text = "Kenyan Navy Kills Three Pirates Off Somali Coast\n\nThe navy said on Sunday."
    cased = casing.sentence_cased(text)
    # "pirates" is a sector noun (criminals); "Coast": in no lexicon and not in the body, so
    # it may be a name
    assert cased == "Kenyan navy kills three pirates off Somali Coast\n\nThe navy said on Sunday."
    assert len(cased) == len(text)


@pytest.mark.parametrize("text", [
    "Kenyan navy kills three pirates off Somali coast",  # already sentence case
    "Joe Biden",  # too short to tell
    "NATO",
    "",
])
def test_other_first_lines_are_left_alone(casing, text):
    assert casing.sentence_cased(text) is None


def test_a_word_the_body_writes_in_lower_case_is_lowered(casing):
    cased = casing.sentence_cased("Protest Convoy Reaches Capital\n\nThe convoy reached the "
                                  "capital after a week on the road.")
    assert cased is not None and cased.startswith("Protest convoy reaches capital\n")


def test_the_parse_keeps_the_original_words(analyzer):
    text = "Egyptian Police Arrest Twelve Protesters In Cairo"
    analysis = analyzer.analyze(text, date="2016-04-25")
    assert analysis.document.text == text
    events = [(e.type, analysis.actor(e.source).id if e.source else None,
               analysis.actor(e.target).id if e.target else None, e.status,
               e.evidence.trigger.text) for e in analysis.events]
    assert events == [("COERCE", "EGYCOP", "EGYCVL", "occurred", "Arrest")]
    doc = analyzer.parse_text(text)
    assert doc.text == text and [t.text for t in doc][:3] == ["Egyptian", "Police", "Arrest"]
    assert doc[2].lemma_ == "arrest" and doc[2].pos_ == "VERB"


@pytest.mark.parametrize(("line", "expected"), [
    # names of several words keep their case (review: "European union" lost the EU)
    ("European Union Imposes Sanctions On Belarus", "European Union imposes sanctions on "
                                                     "Belarus"),
    # a line in capitals is lowered but for its names
    ("KENYAN NAVY KILLS THREE PIRATES OFF SOMALI COAST", "Kenyan navy kills three pirates "
                                                         "off Somali coast"),
    # inflections: -ies, -ied, doubled consonants; "weapon" is a lexicon word (arms
    # promised, events.yaml), so its plural is lowered too
    ("Russia Supplies Weapons To Syria", "Russia supplies weapons to Syria"),
    ("Russia Supplies Turbines To Syria", "Russia supplies Turbines to Syria"),
])
def test_names_capitals_and_inflections(casing, line, expected):
    assert casing.sentence_cased(line) == expected


def test_a_long_first_line_is_left_alone(casing):
    line = " ".join(["Troops Seize Town"] * 40)
    assert casing.sentence_cased(line) is None


def test_the_batch_path_parses_a_headline_sentence_cased_too(analyzer):
    text = "China Condemns US Arms Sale To Taiwan\n\nBeijing protested on Tuesday."
    single = analyzer.analyze(text, date="2019-07-09")
    (batch,) = analyzer.analyze_many([{"text": text, "date": "2019-07-09"}])
    assert [(e.type, e.source, e.target) for e in batch.events] == [
        (e.type, e.source, e.target) for e in single.events]
    assert ("ACCUSE", "CHN", "USA") in [(e.type, e.source, e.target) for e in batch.events]
    assert batch.document.text == text


def test_case_changes_never_move_an_offset(casing):
    """ "İ" lowers to two characters; such a word keeps its case so the parse's offsets
    still index the original text."""
    line = "POLICE DETAIN TWELVE PROTESTERS IN İZMİR\n\nPolice said so."
    assert "İZMİR".lower() != "izmir" and len("İZMİR".lower()) == 7
    cased = casing.sentence_cased(line)
    assert cased is not None and len(cased) == len(line)
    assert cased.startswith("Police detain twelve protesters in ")


def test_a_title_before_a_name_keeps_its_capital(casing, analyzer):
    """ "Readout of Vice President Biden's Call With President Poroshenko": lowered, the
    titles made the parser lose whose call it was (issue 13, real train)."""
    text = "Readout of Vice President Biden’s Call With President Santos of Colombia"
    cased = casing.sentence_cased(text)
    assert cased == "Readout of Vice President Biden’s call with President Santos of Colombia"
    analysis = analyzer.analyze(text, date="2014-06-01", outlet="The White House")
    calls = [e for e in analysis.events if e.type == "CONSULT"]
    assert calls and analysis.actor(calls[0].source).cameo_code == "USAGOV"


def test_curly_single_quotes_are_read_straight_and_kept(analyzer):
    """casing.model_text: "Hamas’ rocket attacks" parses as Hamas's attacks (issue 13, real
    train statement); the Doc keeps the text's own quotes."""
    text = ("The President underscored the United States’ strong condemnation of Hamas’ "
            "rocket and tunnel attacks against Israel.")
    analysis = analyzer.analyze(text, date="2014-07-20")
    assert ("ASSAULT", "pse-hamas", "ISR") in {(e.type, e.source, e.target)
                                               for e in analysis.events}
    doc = analyzer.parse_text(text)
    assert doc.text == text and "’" in [t.text for t in doc]


@pytest.mark.parametrize("line, expected", [
    ("Iran Calls Israeli Strike A Provocation", "Iran calls Israeli strike a provocation"),
    ("Court Frees Journalist A. Rahman After Appeal", "A. Rahman"),  # an initial stays
])
def test_the_article_a_is_lowered_but_not_an_initial(casing, line, expected):
    """Review of issue 13: "A" inside a Title Case headline is the article."""
    assert expected in casing.sentence_cased(line)
