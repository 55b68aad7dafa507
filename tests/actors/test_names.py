"""A family name refers back to the person named in full earlier in the same document, as
the text spelt it, before any namesake in the dictionary (actors/names.py ``named_before``;
issue 13, real dev: "Yemeni President Ali Abdallah Salih … President Salih" is not Iraq's
Barham Salih). Sentences are our own."""

from __future__ import annotations


def ids_of(analysis, text: str) -> set[str]:
    return {a.id for a in analysis.actors for m in a.mentions if m.text.endswith(text)}


def test_a_family_name_is_the_one_named_in_full_before(analyzer):
    analysis = analyzer.analyze("The envoy met Yemeni President Ali Abdallah Salih in Jeddah "
                                "on Monday. President Salih later rejected the plan.",
                                date="2011-07-10")
    assert ids_of(analysis, "Salih") == {"ali-abdullah-saleh"}


def test_with_no_one_named_before_the_dictionary_namesake_stands(analyzer):
    analysis = analyzer.analyze("Iraqi President Barham Salih visited Ankara. President Salih "
                                "later spoke to reporters.", date="2019-03-01")
    assert ids_of(analysis, "Salih") == {"barham-salih"}
