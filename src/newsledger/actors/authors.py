"""Documents that speak for whoever issued them: once "the United Nations released its
report on Kashmir", "The report asked India to…" is the UN asking, and so is "It" when the
report was the subject before (coref.py takes the last subject). Issue 13, real dev: a
Wikinews story of a UN report, whose requests and accusations the gold codes as the UN's.
The document nouns are ``document_nouns`` in lexicons/coref.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import Resources
from ..syntax import controller, prep_objects
from .index import ActorIndex

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OWN_PRONOUNS = ("its", "their")


def possessor_subject(pron: Token, index: ActorIndex) -> str | None:
    """The body a possessive of an object is: "X sent its troops", "the UN released its
    report" -- the subject of the verb (found up control chains), when it is an actor and
    not a person. Rule ``coref:possessive-of-subject``; None otherwise."""
    if pron.dep_ != "poss" or pron.head.dep_ != "dobj":
        return None
    owners = [index.by_token[s.i] for s in controller(pron.head.head)[0]
              if s.i in index.by_token]
    if owners and index.actors[owners[0]].kind != "person":
        return owners[0]
    return None


def plural_teller(pron: Token, index: ActorIndex) -> str | None:
    """The plural subject whose clause a subject "they" is in: "Iranian officials said they
    would attend the talks", "Opposition journalists say they have been threatened" (rule
    ``coref:plural-teller``; review of issue 13: "they" took only coordinated sets); None
    when the pronoun is no such subject or the teller no plural actor."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or any(
            c.dep_ in ("dobj", "dative") for c in verb.head.children):
        return None  # "officials told Ukrainian negotiators they must…": the negotiators
    tellers = [s for s in verb.head.children
               if s.dep_ == "nsubj" and s.tag_ == "NNS" and s.i in index.by_token]
    return index.by_token[tellers[0].i] if tellers else None


class DocumentAuthors:
    """Adds the issuer of a document as a mention over later definite mentions of it."""

    def __init__(self, res: Resources):
        self.nouns = frozenset(res.coref.document_nouns)

    def resolve(self, index: ActorIndex) -> None:
        """Add "the report" (a subject, no owner of its own) as a mention of the last
        document's issuer, in place."""
        authors: dict[str, str] = {}  # document noun lemma -> the last issuer's actor id
        for token in index.tokens:
            lemma = token.lemma_.lower()
            if token.pos_ != "NOUN" or lemma not in self.nouns:
                continue
            owner = self._issuer(token, index)
            if owner is not None:
                authors[lemma] = owner
                if token.dep_ in SUBJECT_DEPS and token.i not in index.by_token:
                    # "…, the UN report read. It also accused India…": the report speaks
                    # for the UN, and is the subject "It" takes up
                    index.add(index.actors[owner], token.i, token.i + 1,
                              f"coref:issuer-of-{lemma}")
            elif lemma in authors and token.dep_ in SUBJECT_DEPS \
                    and token.i not in index.by_token \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                            for c in token.children):
                start = min(c.i for c in token.children if c.dep_ == "det")
                index.add(index.actors[authors[lemma]], start, token.i + 1,
                          f"coref:issuer-of-{lemma}")

    @staticmethod
    def _issuer(noun: Token, index: ActorIndex) -> str | None:
        """Who a document is of: "the UN's report", "a UN report", "its report" when the
        clause's subject issues it ("the UN released its report"), "a report by Amnesty"."""
        for child in noun.children:
            if child.dep_ in ("poss", "compound") and child.i in index.by_token:
                return index.by_token[child.i]
            if child.lower_ in OWN_PRONOUNS \
                    and (owner := possessor_subject(child, index)) is not None:
                return owner
        for agent in prep_objects(noun, ("by", "from")):
            if agent.i in index.by_token:
                return index.by_token[agent.i]
        return None
