"""What an act is answered for or felt about: the act took place, and the one who answers
or feels is not its doer (issue 13; events/status.py, events/nominal.py)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

# the preposition of a feeling's cause: "concerned by", "shocked at", "alarmed over" (not
# "about", which may look ahead: "worried about an attack")
CAUSE_PREPS = ("by", "at", "over")


def answered(noun: Token, causes: Collection[str]) -> str | None:
    """The response word (``causes``, status.yaml) whose "for"/"over" object ``noun`` is,
    an act that took place ("retaliate for the strike", "sanctions over the attack")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "over"):
        return None
    words = (prep.head, *(c for c in prep.head.children if c.dep_ == "dobj"))
    return next((w.lemma_.lower() for w in words if w.lemma_.lower() in causes), None)


def felt(noun: Token, preps: Collection[str] = CAUSE_PREPS) -> str | None:
    """The adjective or participle of feeling after a copula whose ``preps`` object ``noun``
    is ("I remain deeply concerned by the abduction", "was shocked at the killing"): the
    feeling's cause, told as done; None otherwise. "responsible for", "involved in" and
    "guilty of" are no feelings: their prepositions are not these."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in preps and prep.head.dep_ == "acomp" \
            and prep.head.tag_ in ("JJ", "VBN"):
        return prep.head.lemma_.lower()
    return None
