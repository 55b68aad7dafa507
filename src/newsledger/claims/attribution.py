"""Who a sentence is attributed to, and how good that sourcing is (grades A–E).

Rules (recorded in the claim's ``why``):
- ``attr:according-to``   "According to X, …" (also "citing X", "as reported by X").
- ``attr:speech-verb``     "X said (that) …", "…, X said." — reported speech (``direct-quote``
  in quotation marks); "Reuters reported", "reports claim" are ``according-to`` (eval.md).
- ``attr:vague-cue``       "reportedly", "is said to", "reports say" without a named source.
- ``attr:carry-over``      (build.py) the sentences after a named outlet's report or what a
  document says ("The report found…") in its paragraph keep its source until a contrast
  ("However, …") or an opinion (ruling R15).
Grades: A a named person, or an official body/document on record; B a named news outlet;
C unnamed officials or sources with a stated position; D vague reports; E none (the outlet).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors import ActorIndex
from ..model import Attribution
from ..resources import Resources
from ..syntax import controller
from .named import People, named_before, people_of
from .quoting import QUOTES, agent_of, colon_quote_verb, naming_verb, quoted, subject_of
from .speaking import DASHES, controlled, dateline, unspoken

WARNED_OF = ("of", "about", "against")  # "warned of sanctions": speech about them
OFFICIAL_SECTORS = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG", "IGO", "NGO", "PTY", "OPP", "REB"}

# People who speak about someone, not for them: "His son said", "Souab's lawyer said"
RELATIVE_NOUNS = frozenset((
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "parent",
    "child", "family", "relative", "cousin", "friend", "neighbour", "neighbor", "lawyer",
    "attorney", "colleague", "widow"))


def _trailing_speaker(sent: Span, verb: Token) -> Span | None:
    """ "…, Ukraine's intelligence chief Kyrylo Budanov said on Tuesday." when the parser
    lost the subject: the words between the last comma or quote and the verb."""
    doc = sent.doc
    end = verb.i
    while end > sent.start and doc[end - 1].is_punct:
        end -= 1
    start = end
    while start > sent.start and not doc[start - 1].is_punct:
        start -= 1
    if start == end or start == sent.start or end - start > 12:
        return None
    phrase = doc[start:end]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in phrase):
        return None
    return phrase


def _inverted_speaker(sent: Span, verb: Token) -> Span | None:
    """ '"That is false," retorted the foreign minister.': after a quote, the speech verb
    comes first and the parser may take its speaker for an object."""
    doc = sent.doc
    before = verb.i - 1
    while before >= sent.start and doc[before].is_punct and doc[before].text not in QUOTES:
        before -= 1
    if before < sent.start or doc[before].text not in QUOTES:
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ in ("NOUN", "PROPN"):
            return doc[child.left_edge.i : child.right_edge.i + 1]
    return None


class AttributionRules:
    def __init__(self, res: Resources):
        self.res = res
        lexicon = res.attribution
        self.speech = set(lexicon.speech_verbs)
        self.finding = set(lexicon.finding_verbs)
        self.according = [c.lower() for c in lexicon.according_cues]
        self.vague = {v.lower() for v in lexicon.vague_sources}
        self.unnamed = {v.lower() for v in lexicon.unnamed_officials}
        self._people_of: tuple[Doc, People] | None = None
        self.documents = {v.lower() for v in lexicon.documents}
        self.vague_cues = sorted((c.lower() for c in lexicon.vague_cues), key=len, reverse=True)
        self.breaks = {b.lower() for b in lexicon.carry_over_breaks}
        # "the ministry rejected/dismissed/called baseless reports that…": the denier is
        # the source of what the sentence says (lexicons/status.yaml; issue 15)
        self.report_nouns = set(res.status.report_nouns)
        self.institutions = set(lexicon.institutions)
        self.denials = set(res.status.report_denials) | {"call", "term", "label", "brand"}
        self.naming = set(lexicon.naming_verbs)
        self.saying = self.speech | set(lexicon.readout_verbs) | set(lexicon.news_act_verbs)

    def attribute(self, sent: Span, index: ActorIndex, text: str | None = None
                  ) -> tuple[Attribution, str, list[str]]:
        """``(attribution, grade, why)`` for one sentence (``text``: ``sent.text``, when the
        caller has it: spaCy joins a span's tokens anew at each reading)."""
        text = sent.text if text is None else text
        # words a colon opens are the speaker's before it ("made the statement: "…"")
        found = self._according(sent, index, text) or self._introduced(sent, index, True) \
            or self._speech(sent, index) or self._introduced(sent, index, False)
        if found:
            return found
        lower = text.lower()
        for cue in self.vague_cues:
            pos = _find_word(lower, cue)
            if pos >= 0:
                start = sent.start_char + pos
                return (Attribution(None, None, cue, "unattributed", start, start + len(cue)),
                        "D", [f"attr:vague-cue({cue})"])
        return Attribution(None, None, None, "unattributed"), "E", ["attr:none"]

    def _according(self, sent: Span, index: ActorIndex, text: str):
        lower = text.lower()
        for cue in self.according:
            pos = _find_word(lower, cue)
            if pos < 0:
                continue
            rest = text[pos + len(cue):]
            match = re.match(r"\s*([^,;:.]+)", rest)
            if not match:
                continue
            source_text = match.group(1).strip()
            start = sent.start_char + pos + len(cue) + match.start(1)
            end = start + len(source_text)
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span[0].is_title and any(
                    t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in span):
                # "According to Rathbun the property was returned…" (no comma): the name,
                # not the clause after it, when a new noun phrase starts right after the
                # name (issue 13, real train; not "Pentagon officials speaking…")
                run = next((i for i, t in enumerate(span) if not t.is_title), len(span))
                if run < len(span) and span[run].pos_ == "DET":
                    span = span[:run]
                    source_text, end = span.text, span.end_char
            actor_id = self._actor_in(span, index) if span is not None else None
            grade, why = self.grade(span, actor_id, index)
            if grade in ("A", "C") and self._vague_reporter(sent):
                # "Several outlets reported, citing unnamed sources": a report of a report
                # is only as good as the vague reporter (issue 14)
                grade, why = "D", "grade:D(vague-reporter)"
            elif grade in ("A", "C") and cue in ("citing", "quoting") \
                    and self._outlet_reporter(sent, index):
                # "Reuters reported, citing unnamed sources": the named outlet is the
                # source on record (grade B), whoever it cites (issue 14)
                grade, why = "B", "grade:B(outlet-citing)"
            attr = Attribution(actor_id, source_text, cue, "according-to", start, end)
            return attr, grade, [f"attr:according-to({cue})", why]
        return None

    def _outlet_reporter(self, sent: Span, index: ActorIndex) -> bool:
        """A named news outlet (a JRN actor of the dictionary) is the subject of a speech
        verb in ``sent``."""
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in self.speech:
                actor = index.actors.get(index.by_token.get(t.i, ""))
                if actor is not None and actor.sector == "JRN":
                    return True
        return False

    def _vague_reporter(self, sent: Span) -> bool:
        """A vague subject ("outlets", "media", "reports") of a speech verb in ``sent``."""
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in self.vague
                   and t.head.lemma_.lower() in self.speech for t in sent)

    def _denies_reports(self, token: Token) -> bool:
        return token.lemma_.lower() in self.denials and any(
            c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in self.report_nouns
            for c in token.children)

    def _speech(self, sent: Span, index: ActorIndex):
        words = index.tokens[sent.start : sent.end]  # made once: a Span makes them anew
        for token in words:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            if token.lemma_.lower() in self.finding:
                if not any(c.dep_ == "ccomp" for c in token.children):
                    continue  # "police found the body": no one is cited
            elif token.lemma_.lower() not in self.speech and not self._denies_reports(token):
                continue
            has_content = token.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "dobj")
                or (c.dep_ == "prep" and c.lower_ in WARNED_OF and token.lemma_ == "warn")
                for c in token.children)
            if not has_content and token.head.i == token.i:
                continue
            if unspoken(token) or self._told_aside(token):
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "ISLAMABAD — Pakistan's Foreign Office spokesperson rejected…" parsed with
            # two subjects: the dateline is not the speaker
            subject = next((c for c in subjects if not dateline(c)),
                           subjects[0] if subjects else None)
            if subject is None and controlled(token):
                subject = self._speaker_of(token)
            if subject is None:
                phrase = _inverted_speaker(sent, token) or _trailing_speaker(sent, token)
                if phrase is None:
                    continue
            elif subject.lower_ in ("it", "which", "that"):
                continue
            else:
                end = subject.right_edge.i + 1
                if subject.lower_ == "who" and token.dep_ == "relcl":
                    subject, end = token.head, token.head.i + 1  # "Ouattara, who said…"
                start = subject.left_edge.i
                dash = [t.i for t in sent.doc[start:subject.i] if t.lower_ in DASHES
                        and t.i > 0 and sent.doc[t.i - 1].whitespace_ and t.whitespace_]
                if dash:  # "ISLAMABAD — Pakistan's Foreign Office spokesperson said": the
                    start = dash[-1] + 1  # dateline is not part of who speaks
                phrase = sent.doc[start:end]
            return self._cited(sent, token, phrase, index, f"attr:speech-verb({token.lemma_})")
        return None

    @staticmethod
    def _told_aside(verb: Token) -> bool:
        """Speech in a past participle on an object ("came upon a blog written by Rathbun")
        is told, not telling, unless the sentence's quotation is in it; on the subject it
        cites ("Figures announced by the army put the toll at 45"). Issue 13, real train."""
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and "subj" not in verb.head.dep_ \
            and not any(t.text in QUOTES for t in verb.subtree)

    def _introduced(self, sent: Span, index: ActorIndex, colon_first: bool):
        """Words given after a colon (``colon_first``) or with a verb of naming
        (claims/quoting.py): the subject's, when it is someone who can be cited on record."""
        colon = colon_quote_verb(sent, self.saying) if colon_first else None
        verb = colon or (None if colon_first else naming_verb(sent, self.naming))
        if verb is None or (unspoken(verb) and not agent_of(verb)):
            return None
        subject = agent_of(verb) or subject_of(verb) or (
            self._speaker_of(verb) if controlled(verb) else None)
        if subject is None or subject.lower_ in ("it", "which", "that", "this", "there"):
            return None
        end = subject.right_edge.i + 1
        while end > subject.i + 1 and sent.doc[end - 1].is_punct:
            end -= 1
        phrase = sent.doc[subject.left_edge.i : end]
        rule = "attr:colon-quote" if colon is not None else f"attr:naming({verb.lemma_})"
        found = self._cited(sent, verb, phrase, index, rule)
        return None if found[2][1] == "grade:C(other-source)" else found

    def _cited(self, sent: Span, token: Token, phrase: Span, index: ActorIndex, rule: str):
        """The attribution of ``sent`` to ``phrase`` through the verb ``token``, graded."""
        actor_id = self._actor_in(phrase, index)
        grade, why = self.grade(phrase, actor_id, index)
        if why == "grade:C(other-source)" and phrase.root.lemma_.lower() in \
                self.institutions and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(
                    p.lemma_.lower() in self.documents for p in c.children
                    if p.dep_ == "pobj") for c in token.children):
            # "the prime minister's office said in a statement" is as on record as
            # "according to a government statement" (issue 14)
            grade, why = "A", "grade:A(official-document)"
        words = quoted(sent.text)
        kind = "direct-quote" if words else "reported-speech"
        if not words and grade in ("B", "D") and (token.lemma_.lower() == "report"
                                                or grade == "D"):
            kind = "according-to"  # "Reuters reported", "reports claim" (docs/eval.md)
        attr = Attribution(actor_id, phrase.text, token.text, kind, phrase.start_char,
                           phrase.end_char)
        return attr, grade, [rule, why]

    def _speaker_of(self, verb: Token) -> Token | None:
        """Who speaks through a speech verb with no subject of its own: "condemned the
        attack and said…", "echoed Putin, saying…", "responded by saying…", "went on to
        say…" (the controlling subject); "released a statement saying…" (the statement's
        issuer, when the statement has one)."""
        subject = next(iter(controller(verb)[0]), None)
        if subject is not None and verb.dep_ == "acl" and subject.i == verb.head.i \
                and subject.lemma_.lower() in self.documents and subject.dep_ == "dobj":
            issuer = next(iter(controller(subject.head)[0]), None)
            subject = issuer if issuer is not None else subject
        return subject

    def lead_in(self, sent: Span, index: ActorIndex, text: str | None = None
                ) -> tuple[Attribution, str] | None:
        """ "… the Foreign Secretary William Hague said:": the speaker of the words that
        follow (the sentence itself says nothing; claims/voice.py), graded (``text``: as in
        :meth:`attribute`)."""
        if not (sent.text if text is None else text).rstrip().endswith(":"):
            return None
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_.lower() not in self.speech or subject is None \
                or subject.lower_ in ("it", "which", "that"):
            return None
        phrase = sent.doc[subject.left_edge.i : subject.right_edge.i + 1]
        actor_id = self._actor_in(phrase, index)
        grade, _ = self.grade(phrase, actor_id, index)
        return Attribution(actor_id, phrase.text, root.text, "direct-quote",
                           phrase.start_char, phrase.end_char), grade

    def named_subject(self, sent: Span, index: ActorIndex) -> tuple[Attribution, str] | None:
        """The named person the sentence is about (its main verb's subject, active or
        passive: "Petraeus was asked if…"), as a speaker, graded; None for anyone else."""
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)
        if subject is None:
            return None
        phrase = sent.doc[subject.left_edge.i : subject.right_edge.i + 1]
        actor_id = self._actor_in(phrase, index)
        grade, why = self.grade(phrase, actor_id, index)
        if why != "grade:A(named-person)":
            return None
        return Attribution(actor_id, phrase.text, None, "direct-quote", phrase.start_char,
                           phrase.end_char), grade

    def _actor_in(self, span: Span | None, index: ActorIndex) -> str | None:
        if span is None:
            return None
        root = span.root
        if root.i in index.by_token:
            return index.by_token[root.i]
        for tok in root.children:  # the head's own modifiers, not a relative clause
            if tok.dep_ in ("compound", "poss", "appos", "amod", "nmod") \
                    and tok.i in index.by_token:
                if tok.dep_ == "poss" and root.lemma_.lower() in RELATIVE_NOUNS:
                    continue  # "His son said": the son speaks, not the man arrested
                return index.by_token[tok.i]
        return None

    def grade(self, span: Span | None, actor_id: str | None, index: ActorIndex
              ) -> tuple[str, str]:
        """The sourcing grade of a cited source phrase."""
        if span is None:
            return "D", "grade:D(no-source)"
        root: Token = span.root
        words = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
        head = root.lemma_.lower()
        actor = index.actors.get(actor_id) if actor_id else None
        if actor is not None and actor.kind == "person":
            return "A", "grade:A(named-person)"
        if actor is not None and actor.sector == "JRN" and self.res.entry(actor.id):
            return "B", "grade:B(named-outlet)"  # "the Associated Press" is no vague press
        if self._named_report(root):
            return "A", "grade:A(official-document)"
        if (head in self.vague or root.lower_ in self.vague or span.text.lower() in self.vague
                ) and not (root.pos_ == "PROPN" and sum(t.pos_ == "PROPN" for t in span) > 1):
            return "D", "grade:D(vague-source)"
        if head in self.documents:
            return "A", "grade:A(official-document)"
        relative = head in RELATIVE_NOUNS  # "Hassan's brother said": no one named speaks
        if not relative and (root.ent_type_ == "PERSON" or any(
                t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in span) or (
                root.pos_ == "PROPN" and not root.ent_type_) or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children)
                or named_before(root, self.unnamed, self._people(root.doc))):
            # "Minister for the Middle East Alistair Burt", "Petraeus": a named person on
            # record, whatever title comes with the name (legend A, docs/eval.md; issue 13)
            return "A", "grade:A(named-person)"
        if head in ("police", "army"):  # a body on record (real-text ruling R29)
            return "A", "grade:A(named-institution)"
        if head in self.institutions and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
                for c in root.children):
            # "according to the mission", "the country's electoral commission": one body the
            # text names, on record (ruling R29; issue 13, real dev)
            return "A", "grade:A(named-institution)"
        if (head in self.unnamed and root.pos_ != "PROPN") or words & {
                "anonymity", "unnamed", "anonymous"}:  # a proper noun is a body's own name
            # ("the Joint Chiefs of Staff"), not an unnamed official
            return "C", "grade:C(unnamed-official)"
        if actor is not None and root.i in index.by_token and (
            actor.kind in ("country", "organization", "group")
            or actor.sector in OFFICIAL_SECTORS
        ):
            return "A", "grade:A(named-institution)"
        if root.ent_type_ == "ORG":
            return "B", "grade:B(named-organisation)"
        return "C", "grade:C(other-source)"

    def _people(self, doc: Doc) -> People:
        """The people of the document being graded, read once (the last document's kept)."""
        if self._people_of is None or self._people_of[0] is not doc:
            self._people_of = (doc, people_of(doc))
        return self._people_of[1]

    def _named_report(self, root: Token) -> bool:
        """ "The report", "the UN report", "the 2010 Global Trends report": one report the
        text names is a document on record (legend A, docs/eval.md: an official document;
        issue 13), where "reports", "a report" and "media reports" stay vague (D)."""
        return root.lower_ == "report" and not any(
            c.lower_ in ("a", "an") or c.lemma_.lower() in self.vague for c in root.children)

    def breaks_carry_over(self, sent: Span) -> bool:
        first = next((t for t in sent if not t.is_space), None)
        return first is not None and first.lower_ in self.breaks


def _find_word(haystack: str, needle: str) -> int:
    """Where ``needle`` first stands as whole words in ``haystack``, or -1."""
    if needle not in haystack:
        return -1  # most cues in most sentences: no regex to build or run
    match = _word_pattern(needle).search(haystack)
    return match.start() if match else -1


@lru_cache(maxsize=1024)
def _word_pattern(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
