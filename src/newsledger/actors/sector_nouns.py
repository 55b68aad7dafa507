"""The sector a noun names: "troops" MIL, "riot police" COP, "the US Secretary of State"
GOV, "army spokesman" MIL (lexicons/sectors.yaml). Read by the actor stage's phrases
(sector_phrases.py), its appositives (names.py) and the event stage's moved things."""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import Resources
from ..syntax import prep_objects


def office_of(token: Token) -> str:
    """ "secretary of state" for the "Secretary" of "the US Secretary of State", "ministry of
    foreign affairs" for "the Ministry of Foreign Affairs": the noun's lemma and its "of"
    object without determiners, lower-cased; "" when it has none."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t.lower_ for t in pobj.subtree if t.dep_ != "det" and t.i <= pobj.i]
            if len(words) <= 3:
                return f"{token.lemma_.lower()} of {' '.join(words)}"
    return ""


def noun_sector(token: Token, res: Resources) -> str | None:
    """The sector code a noun names ("troops" -> MIL, "riot police" -> COP), or None: no
    sector noun, or a side ("all parties"); ``sectors`` and ``sides`` in
    lexicons/sectors.yaml."""
    nouns = res.sector_nouns
    lemma = token.lemma_.lower()
    if lemma not in res.sector_heads and token.lower_ not in nouns:
        return None  # no sector word, so none of the phrases below (most nouns)
    if any(c.lower_ in res.side_words.get(lemma, ()) for c in token.lefts):
        return None  # "all parties", "the warring parties": sides, not a sector
    for child in (c for c in token.children if c.dep_ in ("compound", "amod")):
        inner = " ".join(c.lower_ for c in child.lefts if c.dep_ == "compound")
        for phrase in (f"{inner} {child.lower_} {lemma}", f"{child.lower_} {lemma}"):
            if phrase in nouns:  # "law enforcement officials", "riot police"
                return nouns[phrase]
    of_phrase = office_of(token)
    if of_phrase in nouns:  # "the US Secretary of State", "the Ministry of Defence"
        return nouns[of_phrase]
    # The body before a noun for a member says whose member ("assembly members", "army
    # spokesman", "Defence Ministry spokesman"), unless an "of" names it ("the youth wing
    # of the ruling party"); people are no body ("youth leader"), and nouns of no sector
    # are left alone ("media reports", "press conference" are no actors).
    owners = [o for o in prep_objects(token, ("of",))  # not "chief of staff"
              if o.pos_ == "PROPN" or nouns.get(o.lemma_.lower())]
    if lemma in res.member_nouns and not owners:
        for child in (c for c in token.lefts if c.dep_ == "compound"):
            inner = " ".join(c.lower_ for c in child.lefts if c.dep_ == "compound")
            body = nouns.get(f"{inner} {child.lower_}") or nouns.get(
                child.lemma_.lower()) or nouns.get(child.lower_)
            if body and body != "CVL":
                return body
    return nouns.get(lemma) or nouns.get(token.lower_)
