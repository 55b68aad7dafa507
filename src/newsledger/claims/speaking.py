"""What a verb of speech tells of its speaker: whether it reports anything said, whether its
speaker is another verb's subject, and a dateline that is no speaker (claims/attribution.py
and the rules after it)."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = ("—", "–", "--", "-")


def unspoken(verb: Token) -> bool:
    """A speech verb that reports nothing said: negated ("has not said what…"), yet to come
    ("she will announce…") or a passive with no agent ("had been denied visas", "were
    alleged to…"): the sentence cites nobody (legend E, docs/eval.md)."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) or any(
        c.lower_ in ("will", "shall") and c.dep_ == "aux" for c in children) or (
        any(c.dep_ == "nsubjpass" for c in children) and not any(
            c.dep_ == "agent" for c in children))


def controlled(verb: Token) -> bool:
    """A speech verb whose speaker is another verb's subject or the noun it modifies: a
    conjunct, a participle ("…, saying", "by saying", "a statement saying") or "went on
    to say"."""
    return verb.dep_ in ("conj", "advcl", "pcomp", "acl") or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "continue"))


def dateline(token: Token) -> bool:
    """A place in capitals right before a dash: "ISLAMABAD —"."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text.isupper() and after is not None and after.lower_ in DASHES
