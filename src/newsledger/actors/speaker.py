"""First person in statements, readouts and quotes (issue 13): "We call on both sides…" in a
foreign ministry statement is that ministry's government; "I strongly condemn…" after
"the Foreign Secretary William Hague said:" is William Hague.

A first-person pronoun (lexicons/coref.yaml, ``first_person``) takes, in this order:
1. the speaker of its own sentence: the subject of a speech verb there ("'We will
   respond,' the minister said"); when that subject is no actor we know ("a resident told
   AFP"), the pronoun stays unresolved;
2. the speaker of the sentence just before (the opening attribution of a statement,
   "… William Hague said:");
3. outside quotation marks only, in a document whose opening marks it as a statement or
   readout ("Statement by…", "Readout of…", "… condemns …"), its official, named in an
   earlier sentence of the first two: the issuer ("Statement by Secretary Kerry") or a
   subject there (a country too: "The United States is deeply concerned…") before any
   other official named; none when the issuer is an unnamed title ("Readout of the
   President's Call with President Erdogan": not Erdogan).
"We", "us" and "our" of a person stand for the person's government (their office's code,
"USAGOV"); "I", "me" and "my" for the person. Rule: ``coref:first-person(<how>)``.
In a document its opening calls a statement or readout ("Statement by…", "Readout of…"; a
headline verb like "condemns" may be news of one, so it does not count here), the issuer's
country named as such is its government too (ruling R1 of the real-text coding): rule
``coref:issuer-self(<country>)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..model import Actor
from ..syntax import is_passive
from .dictionary import ActorDictionary
from .index import ActorIndex
from .scene import QUOTES

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OFFICIAL_SECTORS = ("GOV", "IGO", "ELI", "MIL", "COP")
# verbs whose subject hears, records or quotes what another says ("heard him saying…")
HEARING_VERBS = frozenset({"hear", "see", "quote", "cite", "record", "film", "catch",
                           "overhear", "watch", "show"})
MAX_OPENING = 6  # the most sentences a document's opening may have


def opening(doc: Doc, sentence_of: Mapping[int, int]) -> int:
    """How many sentences open a document, where its first official may be named: the
    title and byline lines up to and including the first sentence that ends as prose does
    ("Press Statement Jo Ravel / Deputy Spokesperson / The United States condemns…."), at
    least two and at most six."""
    for sent in doc.sents:
        n = sentence_of[sent.start]
        if n + 1 >= MAX_OPENING or sent.text.rstrip().endswith((".", "!", "?", '."', ".”")):
            return max(2, min(n + 1, MAX_OPENING))
    return 2
# Words of an opening that make a document a statement or readout (its "we" is its issuer):
# nouns ("Statement by…", "Readout of…", "Press release") and headline verbs ("UK condemns…").
STATEMENT_NOUNS = {"statement", "readout", "remarks", "release", "statements"}
STATEMENT_VERBS = {"condemns", "welcomes", "urges", "calls"}
STATEMENT_WORDS = STATEMENT_NOUNS | STATEMENT_VERBS


@dataclass(frozen=True)
class Official:
    """Who issues a statement: an actor of its opening, the token and sentence it is named
    at (it speaks for first persons of later sentences only), and its rank (0: the subject
    of an opening sentence, or the issuer in "Statement by/from …"; 1: any other official
    named in the opening)."""

    actor: str
    token: int
    sentence: int
    rank: int
    issued: bool = False  # the opening names it a statement or readout ("Statement by…")


class FirstPerson:
    """I/we/our become mentions of whoever speaks (run by the Coreference stage, after
    third-person coreference)."""

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary
        res = dictionary.res
        self.singular = set(res.coref.first_singular)
        self.plural = set(res.coref.first_plural)
        self.first_person = self.singular | self.plural
        self.speech = set(res.attribution.speech_verbs)

    def _official(self, actor: Actor) -> bool:
        return actor.kind == "person" or (actor.sector or "") in OFFICIAL_SECTORS

    def speakers(self, index: ActorIndex, publisher: Actor | None = None
                 ) -> tuple[dict[int, str | None], Official | None]:
        """The speaker of each sentence that has a speech verb with a subject (None when
        the subject is no actor), and the first official of a statement or readout
        (``publisher``: the official body that issues the document, which makes it a
        statement and speaks when its opening names no official we can place)."""
        by_sentence: dict[int, str | None] = {}
        candidates: list[Official] = []
        statement = issued = publisher is not None
        unnamed = False
        first = opening(index.doc, index.sentence_of)
        for token in index.tokens:
            sent = index.sentence_of[token.i]
            if token.dep_ in SUBJECT_DEPS and token.lower_ not in self.first_person \
                    and (token.head.lemma_.lower() in self.speech
                         or _says_aside(token.head, self.speech)):
                by_sentence.setdefault(sent, index.by_token.get(token.i))
            if sent >= first:
                continue  # the rest reads the opening only: most tokens stop here
            if token.lower_ in STATEMENT_NOUNS \
                    and token.pos_ in ("NOUN", "PROPN") and _a_document(token):
                statement = issued = True  # "release" the noun, not "must release the…"
            elif token.lower_ in STATEMENT_VERBS:
                statement = True  # "UK condemns…": a statement, or news of one
            actor_id = index.by_token.get(token.i)
            if actor_id is None and unnamed_issuer(token):
                unnamed = True  # "Readout of the President's Call with President Erdogan"
            if actor_id is None:
                continue
            actor = index.actors[actor_id]
            # a country speaks in a statement as the subject of its opening ("The United
            # States continues to be deeply disturbed…"), never as what the text is about
            country_subject = actor.kind == "country" and token.dep_ in SUBJECT_DEPS
            if self._official(actor) or country_subject:
                rank = 0 if token.dep_ in SUBJECT_DEPS or _issuer(token) else 1
                candidates.append(Official(actor_id, token.i, sent, rank))
        if unnamed:  # the issuer is not named: the others of the opening are not it
            candidates = [c for c in candidates if c.rank == 0]
        if publisher is not None:
            # a release speaks for its publisher: only the publisher itself or its own
            # country's officials may be the issuer, never the country or the force its
            # opening is about ("Pakistan and India exchanged fire… We urge both sides…")
            candidates = [c for c in candidates
                          if _speaks_for(index.actors[c.actor], publisher)]
        fallback = None if publisher is None else Official(publisher.id, -1, -1, 0)
        if not statement or not (candidates or fallback):
            return by_sentence, None
        if not candidates:
            return by_sentence, replace(fallback, issued=issued)
        best = min(candidates, key=lambda c: (c.rank, c.token))
        placed = index.actors[best.actor].country or index.actors[best.actor].kind == "country"
        countries = [c for c in candidates if c.rank == 0
                     and index.actors[c.actor].kind == "country"]
        if not placed and fallback is not None:
            # "Foreign Secretary condemns…" published by the Foreign, Commonwealth &
            # Development Office: the office we cannot place speaks for its publisher
            best = fallback
        elif not placed and countries:
            # "Statement from NSC Spokesman Tommy Vietor … The United States continues to
            # be deeply disturbed": an issuer we cannot place speaks for the country that
            # opens the statement (issue 13, real dev)
            best = countries[0]
        return by_sentence, replace(best, issued=issued)

    def resolve(self, index: ActorIndex, publisher: Actor | None = None) -> None:
        by_sentence, official = self.speakers(index, publisher)
        known = dict(index.actors)
        if publisher is not None:
            known.setdefault(publisher.id, publisher)  # it may speak unnamed in the text
        if official is not None and official.issued:
            self._issuer_self(index, known[official.actor])
        for token in index.tokens:
            lower = token.lower_
            if lower not in self.first_person or token.pos_ != "PRON" \
                    or token.i in index.by_token:  # the cheap test first: every token
                continue
            found = self._speaker(token, index, by_sentence,
                                  official if official and official.sentence
                                  < index.sentence_of[token.i] else None)
            if found is None:
                continue
            actor_id, how = found
            actor = index.actors.get(actor_id) or known[actor_id]
            if lower in self.plural and actor.kind == "person" and actor.cameo_code \
                    and actor.cameo_code != actor.id:
                actor = index.actors.get(actor.cameo_code) or self.dictionary.make(
                    actor.cameo_code)
            elif actor.kind == "country":  # a country that issues a statement: its government
                gov = f"{actor.id}GOV"
                actor = index.actors.get(gov) or self.dictionary.make(gov)
            index.add(actor, token.i, token.i + 1, f"coref:first-person({how})")

    def _issuer_self(self, index: ActorIndex, official: Actor) -> None:
        """A statement's issuer names its own country as its government: "The United States
        continues to be deeply disturbed…", "thanked the United States" in a White House
        readout are USAGOV (adjudication ruling R1, tests/gold/real/coding)."""
        country = official.id if official.kind == "country" else official.country
        if country is None or country not in self.dictionary.res.countries:
            return
        gov = index.actors.get(f"{country}GOV") or self.dictionary.make(f"{country}GOV")
        for i, actor_id in list(index.by_token.items()):
            span = index.mention_span(i)
            if actor_id == country and span is not None and span[0] == i:
                index.reassign(span[0], span[1], gov, f"coref:issuer-self({country})")

    @staticmethod
    def _speaker(token: Token, index: ActorIndex, by_sentence: dict[int, str | None],
                 official: Official | None) -> tuple[str, str] | None:
        sent = index.sentence_of[token.i]
        if sent in by_sentence:  # its own sentence names who speaks (maybe no one we know)
            speaker = by_sentence[sent]
            return (speaker, "sentence-speaker") if speaker else None
        if by_sentence.get(sent - 1):
            return by_sentence[sent - 1] or "", "last-speaker"
        if official is not None and not _quoted(token):
            return official.actor, "document-official"
        return None


def _says_aside(verb: Token, speech: set[str]) -> bool:
    """A verb with a participle of saying that has no subject of its own: "Romney
    countered, saying: 'I congratulate him'", "responded by saying 'I believe…'", "linked
    the suspect to al-Qaeda, saying 'We know…'": the verb's subject says it. The
    participle hangs on the verb itself or on its "by"; not on a passive ("was criticised
    by Saudi Arabia, saying…"), nor on a verb that hears or quotes someone else."""
    heads = (verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"))
    saying = any(c.dep_ in ("advcl", "xcomp", "pcomp", "conj") and c.tag_ == "VBG"
                 and c.lemma_.lower() in speech
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
                 for tok in heads for c in tok.children)
    # the rarer participle first: most verbs have none, and is_passive walks the children
    return saying and not is_passive(verb) and verb.lemma_.lower() not in HEARING_VERBS


def _speaks_for(actor: Actor, publisher: Actor) -> bool:
    """The publisher itself, or an actor of the publisher's own country (its officials,
    the country naming itself in its own release: "The United States condemns…")."""
    return actor.id == publisher.id or (
        publisher.country is not None and actor.country == publisher.country)


def _a_document(noun: Token) -> bool:
    """A statement noun that names a document: "Press Release", "news release", not "the
    release of three hostages" (any other statement noun as it is)."""
    if noun.lower_ != "release":
        return True
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("press", "news", "media")


def _issuer(token: Token) -> bool:
    """ "Statement from NSC Spokesman Tommy Vietor", "Readout of the President's call": the
    actor named right after the statement word."""
    head = token.head
    while head.dep_ in ("compound", "appos", "poss") and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("by", "from", "of") \
        and prep.head.lower_ in STATEMENT_WORDS


def unnamed_issuer(token: Token) -> bool:
    """A title standing alone as the issuer of a statement or readout ("Readout of the
    President's Call", "Statement by the Press Secretary"): someone the text never names."""
    return token.pos_ in ("NOUN", "PROPN") and token.is_title and _issuer(token) \
        and not any(c.dep_ == "compound" or c.ent_type_ for c in token.children) \
        and any(c.lower_ == "the" for c in token.children)


def title_words(token: Token) -> tuple[str, ...]:
    """A title's words, lowercased, with the compounds and adjectives before it:
    ("foreign", "secretary"), ("prime", "minister")."""
    return (*(c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")),
            token.lower_)


def _quoted(token: Token) -> bool:
    """Inside quotation marks in its sentence: an odd number of straight quotes, or more
    opening than closing curly ones, before it."""
    before = token.doc[token.sent.start : token.i].text
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


QUOTE_REACH = 400  # tokens back a quotation's opening mark is looked for
TAG_ENDS = (",", "?", "!")  # '…forget that," he said': a quotation a speech tag closes


def quotation_opening(pron: Token) -> int | None:
    """The token that opens the quotation a speech tag's subject closes: in ``"They will
    be tough. … we cannot forget that," he said``, "he" is the person named before the
    quotation's first sentence, never one inside it (issue 13, real train: a pronoun
    looked one sentence back and found only quoted ones). None when the pronoun is no
    subject straight after a quotation closed by a comma, "?" or "!" (not '"He is wrong…'
    opening one)."""
    doc = pron.doc
    if pron.dep_ != "nsubj" or pron.i < 2 or doc[pron.i - 1].text not in QUOTES \
            or doc[pron.i - 1].text == "\u201c" or doc[pron.i - 2].text not in TAG_ENDS:
        return None
    for i in range(pron.i - 2, max(-1, pron.i - QUOTE_REACH), -1):
        if doc[i].text in QUOTES:
            return i if doc[i].text != "\u201d" else None
    return None
