"""Verbal acts (issue 13): "The Vice President urged President Poroshenko to…", "Amnesty
International has also urged…", "The French government rejected the election results" are
reported speech of their subject, as "X said" is (real-text adjudication rulings R20 and R28,
``tests/gold/real/coding/adjudication-rulings.md``). Readout narration ("spoke with",
"called President X", "met", "discussed") and material acts are not.

The verbs are ``verbal_acts`` and ``verbal_acts_if`` of ``lexicons/attribution.yaml``: the
first always, the second only with one of their complements ("called on", "agreed that").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from ..resources.files import load_yaml, mapping, strs
from ..syntax import controller

REL = "lexicons/attribution.yaml"
NAMED = ("PERSON", "ORG", "NORP", "GPE", "FAC")
PRONOUNS = {"it", "which", "that", "who", "this", "he", "she", "they", "i", "we", "you"}


@dataclass(frozen=True)
class ActWords:
    """``always``: lemmas that are verbal acts; ``when``: lemma -> the complements (a
    dependency label, or a child's lower-cased word) that make it one; ``unless``: lemma ->
    the complements that make it narration ("spoke with")."""

    always: frozenset[str]
    when: dict[str, frozenset[str]]
    unless: dict[str, frozenset[str]]


def load_act_words(data: Path | None = None) -> ActWords:
    """The verbal-act lists of ``lexicons/attribution.yaml`` (checked as the resources
    loaders check theirs; ``AttributionLexicon`` does not carry them yet)."""
    raw = load_yaml(REL, data)
    when, unless = ({str(verb): frozenset(strs(words, f"{REL} {key} {verb}"))
                     for verb, words in mapping(raw.get(key), f"{REL} {key}").items()}
                    for key in ("verbal_acts_if", "verbal_acts_unless"))
    return ActWords(frozenset(strs(raw.get("verbal_acts"), f"{REL} verbal_acts")), when,
                    unless)


def is_act(token: Token, words: ActWords) -> bool:
    """``token`` is a verb of a verbal act here, not negated ("did not criticise") and not
    a modifier of a noun ("a resolution calling for…")."""
    if token.pos_ != "VERB" or token.dep_ in ("acl", "relcl", "amod") \
            or any(c.dep_ == "neg" for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if any(c.lower_ in words.unless.get(lemma, ()) for c in token.children):
        return False
    if lemma in words.always:
        return True
    wanted = words.when.get(lemma)
    return wanted is not None and any(
        (c.dep_ in wanted or c.lower_ in wanted) and not _when(c) for c in token.children)


def _when(prep: Token) -> bool:
    """ "on Tuesday": a preposition of time, not the complement "agreed on the need"."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


def verbal_act(sent: Span, words: ActWords) -> tuple[Token, Token] | None:
    """``(verb, subject)`` of the first verbal act in ``sent`` whose doer is named (an
    actor, a named entity or a document is checked by the caller); None when there is
    none. The doer of a passive is its agent ("the report was welcomed by Pakistan")."""
    for token in sent:
        if not is_act(token, words):
            continue
        subjects, _ = controller(token)
        subject = next((s for s in subjects if s.lower_ not in PRONOUNS
                        and sent.start <= s.i < sent.end), None)
        if subject is not None:
            return token, subject
    return None


def subject_phrase(subject: Token) -> Span:
    """The subject's words, without a relative clause or an apposition after a comma."""
    doc = subject.doc
    end = subject.right_edge.i + 1
    for child in subject.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct") or child.lower_ == ",":
            end = min(end, child.left_edge.i)
    return doc[subject.left_edge.i : max(end, subject.i + 1)]


def named(phrase: Span, actor_id: str | None, documents: set[str]) -> bool:
    """A doer a claim can be attributed to: one of our actors, a named entity or a
    document ("the report")."""
    root = phrase.root
    return actor_id is not None or root.ent_type_ in NAMED \
        or root.lemma_.lower() in documents | {"report", "resolution"}
