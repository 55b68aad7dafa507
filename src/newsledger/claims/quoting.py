"""Words marked as someone's: quotation marks, and two ways news gives a speaker's words
without a verb of speech (issue 13, real train and dev; real-text ruling R18: a sentence
with the source's quoted words is direct-quote).

- A quotation opened after a colon belongs to the subject of the clause before the colon:
  'UNHCR spokesman Mans Nyberg called for greater urgency: "We are also concerned…"',
  'Spokesman Lambert Mende made the statement on Thursday: "It is with deep sorrow…"'.
  Only a verb of saying or a verbal act, or one that makes a statement, comes before such
  a colon: words found, seized, banned or intercepted are not the finder's ('Police
  confiscated leaflets: "Down with the king."'), nor is "The message was clear: …" anyone's.
  (A sentence that ends with the colon is a lead-in: ``AttributionRules.lead_in``.)
- A name given with a verb of naming (lexicon ``naming_verbs``: call, brand, label…) is the
  namer's words, in the passive the agent's: 'Huang went on to call Obama's order "long
  overdue."', "Putin calls US troops in Poland 'a threat'", 'was called "a rocket man"
  by Trump'. Only with a predicate ("called it a mistake") or words in quotation marks
  after the object; "called on", "called for", "called off", "called the meeting" name
  nothing, nor does a name as the predicate ("called Yemeni President Hadi today": a
  telephone call, parsed as a naming), nor a passive with no agent.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

QUOTES = "\"“”«»"
OPENING = ('"', "“", "«")
# a quotation mark before words: a double mark, or a single one after a space
QUOTED_AFTER = re.compile(r"[\"“«]|(?:^|\s)['‘]\w")
SUBJECTS = ("nsubj", "nsubjpass")
# what a verb makes when it says something ("made the statement on Thursday: …")
SAYINGS = frozenset({"statement", "warning", "appeal", "plea", "remark", "comment", "speech",
                     "promise", "pledge", "vow", "message", "point", "case", "argument"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
# verbs that put out a statement of one's own ("issued a statement which read: …"), not
# ones that receive, hear or intercept another's (review of issue 13)
ISSUING = frozenset({"issue", "release", "make", "publish", "post", "send", "deliver", "give",
                     "read", "put"})
NOT_NAMING = frozenset({"for", "on", "upon", "off", "out", "up", "back"})


def quoted(text: str) -> bool:
    """The sentence quotes words: a quotation mark, or a run in single quotes."""
    return any(ch in text for ch in QUOTES) or single_quoted(text)


def single_quoted(text: str) -> bool:
    return bool(re.search(r"(^|\s)['‘][^']{12,}['’](\s|[,.]|$)", text))


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def agent_of(verb: Token) -> Token | None:
    """Who does what a passive verb tells: "was called a liar by Trump" -> Trump."""
    return next((p for c in verb.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj"), None)


def colon_quote_verb(sent: Span, saying: Collection[str]) -> Token | None:
    """The verb whose subject speaks the quotation a colon opens in ``sent``: the last verb
    with a subject before the colon, when it is a verb of saying or a verbal act
    (``saying``: lexicon speech, readout and news-act verbs) or makes a statement, warning
    or appeal ("made the statement on Thursday: …"); None when no quotation opens after a
    colon inside the sentence, or when the verb before it is another's ("arrested a man who
    shouted: …", "confiscated leaflets: …", "intercepted a phone call: …"). A statement
    that reads or says it is its issuer's ("issued a statement which read: …")."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and t.i + 2 < sent.end
                  and doc[t.i + 1].text in OPENING), None)
    if colon is None:
        return None
    verb = next((t for t in reversed(doc[sent.start : colon.i]) if t.pos_ in ("VERB", "AUX")
                 and (s := subject_of(t)) is not None and s.i < colon.i), None)
    if verb is not None and subject_of(verb).lower_ in RELATIVES:  # type: ignore[union-attr]
        # "issued a statement which read: …": the statement's issuer speaks
        said = verb.head
        verb = said.head if verb.dep_ == "relcl" and said.lemma_.lower() in SAYINGS \
            and said.dep_ == "dobj" and said.head.lemma_.lower() in ISSUING \
            and subject_of(said.head) is not None else None  # not one heard or seized
    if verb is None:
        return None
    if verb.lemma_.lower() in saying or any(
            c.dep_ == "dobj" and c.lemma_.lower() in SAYINGS for c in verb.children):
        return verb
    return None


def naming_verb(sent: Span, verbs: Collection[str]) -> Token | None:
    """The verb of naming in ``sent`` that passes a name or verdict on its object."""
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        children = list(token.children)
        if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in NOT_NAMING)
               for c in children):
            continue
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(c.dep_ == "oprd" and c.pos_ != "PROPN" for c in children) or (
                objects and QUOTED_AFTER.search(
                sent.doc.text, objects[0].idx + len(objects[0]), sent.end_char)):
            return token
    return None
