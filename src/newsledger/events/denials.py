"""Denied reports: an event told in "reports that…" which the sentence calls false.

Rule ``status:denied-report(<word>)`` (status.py applies it before every other status
rule): the event sits in a clause on a report noun and the sentence denies the reports with
a denial verb on the noun ("rejected reports that…"), a word of falsity outside the clause
("reports that… were baseless") or a word of truth under a negation ("there is no truth in
reports that…"). Words: lexicons/status.yaml (``report_nouns``, ``report_denials``,
``falsity``, ``truth``, ``negations``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import Resources

CONFIRM = ("confirm", "verify", "corroborate", "acknowledge", "substantiate")
CALL_VERBS = ("call", "describe", "brand", "term", "label", "dismiss", "consider")
PREDICATES = ("acomp", "attr", "oprd", "xcomp", "advcl", "dobj", "ccomp")


class ReportDenials:
    """Finds the word that denies the reports an event is told in (one per analyzer)."""

    def __init__(self, res: Resources):
        lexicon = res.status
        self.report_nouns = set(lexicon.report_nouns)
        self.report_denials = set(lexicon.report_denials)
        self.falsity = set(lexicon.falsity)
        self.truth = set(lexicon.truth)
        self.negations = set(lexicon.negations)

    def _denies_reports(self, verb: Token) -> bool:
        """ "rejected (media) reports": a denial verb whose object is a report noun."""
        return verb.lemma_.lower() in self.report_denials and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.report_nouns
            for c in verb.children)

    def _report_noun(self, token: Token) -> bool:
        """ "reports", also when the parser took it for a verb after "that"/"the"."""
        if token.lemma_.lower() not in self.report_nouns and token.lower_.rstrip("s") not in \
                self.report_nouns:
            return False
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        before = token.doc[token.i - 1].lower_ if token.i else ""
        return token.pos_ == "VERB" and before in ("that", "the", "these", "those", "media")

    def denied_report(self, token: Token) -> str | None:
        """The word that denies the reports this event is told in, or None.

        The event must sit in a clause on a report noun ("reports that Pakistan had
        agreed…", rule ``status:denied-report(<word>)``): the sentence denies them with a
        denial verb on the noun, a word of falsity outside the clause, or a word of truth
        under a negation outside it (lexicons/status.yaml, ``report_nouns``…``truth``).
        """
        cur, noun, clause = token, None, None
        for _ in range(8):
            head = cur.head
            if head.i == cur.i:
                break
            if cur.dep_ in ("ccomp", "acl", "appos") and self._report_noun(head):
                noun, clause = head, cur
                break
            if head.pos_ == "VERB" and cur.dep_ == "ccomp" and self._denies_reports(head):
                return head.lemma_.lower()  # "rejected reports that…" parsed onto the verb
            cur = head
        if noun is None or clause is None:
            return None
        if noun.head.lemma_.lower() in CONFIRM:
            return None  # "witnesses confirmed reports that…"
        if noun.dep_ in ("dobj", "nsubjpass") and self._denies_reports(noun.head):
            return noun.head.lemma_.lower()
        inside = {t.i for t in clause.subtree}
        for t in noun.sent:
            word = t.lemma_.lower()
            if (word not in self.falsity and t.lower_ not in self.falsity) or (
                    t.pos_ == "VERB" and word == "lie"):  # "villages that lie along…"
                continue
            if t.i not in inside and self._said_of(t, noun):
                return t.lower_  # "reports that… were false", "called claims… baseless"
            if t.i in inside and noun.head.lemma_.lower() in CALL_VERBS \
                    and all(u.is_punct or u.is_space
                            for u in noun.sent[t.i - noun.sent.start + 1:]):
                # the parser often hangs the closing "… baseless" on the clause's last verb
                return t.lower_
        for t in noun.sent:
            if t.i in inside or t.lemma_.lower() not in self.truth:
                continue
            no = any(c.lower_ in self.negations or c.dep_ == "neg" for c in t.children)
            no |= any(c.dep_ == "neg" for c in t.head.children) and self._said_of(t, noun)
            if no and (self._said_of(t, noun) or noun.head.head.i == t.i):
                return f"not-{t.lower_}"  # "no truth in reports that…", "are not true"
        for t in noun.sent:
            if t.i not in inside and t.pos_ == "VERB" and t.lemma_.lower() in \
                    self.report_denials and noun in t.subtree and t.i != noun.head.i:
                return t.lemma_.lower()
        return None

    @staticmethod
    def _said_of(word: Token, noun: Token) -> bool:
        """``word`` is predicated of the report noun: the noun's own modifier ("false
        reports"), a predicate of the verb the noun is subject or object of ("reports…
        were false", "called claims… baseless")."""
        if word.head.i == noun.i:
            return True
        if word.dep_ in PREDICATES and word.head.lemma_ == "be" and word.head.head.i == noun.i:
            return True  # "reports that… were false" parsed with the copula on the noun
        return word.head.i == noun.head.i and word.dep_ in PREDICATES
