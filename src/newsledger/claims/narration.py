"""Who speaks in news narration (issue 13; real-text ruling R28, docs/eval.md "Claims").

Rules (recorded in the claim's ``why``):
- ``attr:news-speech(<verb>)``  an unattributed sentence whose main verb is a verbal act
  (lexicons/attribution.yaml ``news_act_verbs``: "The UN called on the government of
  Pakistan to investigate…", "the Constitutional Council has contested the announcement")
  of a named subject, or of a passive's named agent ("was asked by Washington to…"), is
  that subject's reported speech (direct-quote when the sentence quotes), graded by who
  the subject is (A or B). Not when the act is negated, still to come, only possible or
  asked ("could demand", "Why did Germany urge…?"); not when the verb is used for a deed
  (a phone call or a recall, "called a snap election", "welcomed Kishida to the White
  House", "welcomed a million refugees", "appealed the verdict"; what is expressed must be
  a feeling of ``expressed_feelings``: "expressed concern", not "expressed 20 tonnes"), nor
  for a vote or a ruling ("Parliament rejected the budget", "the court rejected the
  appeal"); not for an unnamed or collective subject ("Supporters of Imran Khan",
  "Palestinians") nor the outlet itself.
- ``attr:headline-speaker``  a first line that opens with a person's name and a colon
  ("Gordon Brown: Extra troops for Afghanistan…", "General Petraeus: Fight for Marja is
  'just the initial operation'") gives that person's words (real train gold codes them so:
  grade A, direct-quote when quoted, else reported speech).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..actors import ActorIndex
from ..model import Actor, Attribution, Claim
from ..parse import Parse
from ..syntax import is_question, names_as, time_prep
from .quoting import quoted
from .speaking import unspoken
from .voice import CALL_PREPS, main_clauses, take

# grades a cited source phrase: AttributionRules.grade (attribution.py)
Grader = Callable[[Span, str | None, ActorIndex], tuple[str, str]]
FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")  # the words after the colon say something
FEATURE_TAGS = ("WP", "WRB", "WDT", "CD", "DT")  # "What…", "5 things…", "A life in…"
NAME_BEFORE_COLON = 4  # words of a name before a headline's colon ("General David Petraeus:")
UNSAID_MODALS = ("could", "might", "may", "would", "should", "must", "can")
APPEAL_PREPS = ("for", "to")  # "appealed for calm", not "appealed the verdict"
WELCOMED_AT = ("to", "at", "in", "into")  # "welcomed Kishida to the White House"
# a vote or a ruling is a deed of the body, not its words ("Parliament rejected the budget")
DECIDING_SECTORS = ("LEG", "JUD")
DECIDING_VERBS = ("reject", "endorse", "approve")
DECIDING_BODIES = ("parliament", "court", "senate", "assembly", "congress", "tribunal")
PRONOUNS = ("he", "she", "they")
NOT_SPEAKERS = ("it", "which", "that", "who", "this")


class NewsSpeakers:
    """The news-narration rules of the module, over one lexicon."""

    def __init__(self, verbs: set[str], feelings: set[str], institutions: set[str],
                 person_heads: set[str], grade: Grader) -> None:
        self.verbs, self.feelings = verbs, feelings
        self.institutions, self.person_heads = institutions, person_heads
        self.grade = grade

    def __call__(self, claims: list[Claim], parse: Parse[ActorIndex]) -> None:
        index = parse.index
        for claim in claims:
            if claim.attribution.type != "unattributed" or claim.sourcing_grade != "E":
                continue
            sent = parse.sents[claim.sentence]
            found = self._act(sent, index) if not is_question(sent) else None
            if found is None:
                continue
            verb, subject = found
            words = _head_phrase(subject)
            actor_id = index.by_token.get(subject.i)
            actor = index.actors.get(actor_id) if actor_id else None
            if not self._named(subject, actor) or _outlet(words, parse, actor_id):
                continue
            if verb.lemma_.lower() in DECIDING_VERBS and (
                    (actor is not None and actor.sector in DECIDING_SECTORS)
                    or subject.lemma_.lower() in DECIDING_BODIES):
                continue  # a vote or a ruling
            graded, why = self.grade(words, actor_id, index)
            if graded not in ("A", "B"):
                continue
            kind = "direct-quote" if quoted(claim.text) else "reported-speech"
            source = Attribution(actor_id, words.text, verb.text, kind, words.start_char,
                                 words.end_char)
            take(claim, source, graded, f"attr:news-speech({verb.lemma_.lower()})", why,
                 kind=kind)

    def _act(self, sent: Span, index: ActorIndex) -> tuple[Token, Token] | None:
        """The main clause's verbal act, said (not negated, to come or only possible) and
        in its verbal sense, and its subject or passive agent."""
        for verb, subjects in main_clauses(sent):
            lemma = verb.lemma_.lower()
            if lemma not in self.verbs or verb.pos_ not in ("VERB", "AUX") or unspoken(verb) \
                    or any(c.dep_ == "aux" and c.lower_ in UNSAID_MODALS
                           for c in verb.children) or not self._verbal(verb, lemma):
                continue
            if not subjects:  # "was asked by Washington to…": the one who asks
                subjects = [p for c in verb.children if c.dep_ == "agent"
                            for p in c.children if p.dep_ == "pobj"]
            for subject in subjects:
                if subject.lower_ in NOT_SPEAKERS or (
                        subject.lower_ == "they" and subject.i not in index.by_token):
                    continue
                return verb, subject
        return None

    def _verbal(self, verb: Token, lemma: str) -> bool:
        """The verb's verbal-act sense, not a deed it also names."""
        children = list(verb.children)
        objects = [c for c in children if c.dep_ == "dobj"]
        preps = [c for c in children if c.dep_ == "prep"]
        clause = any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in children)
        # "called on Friday on the government to investigate": the infinitive parsed as an
        # adverbial is still what is called for (issue 13, real train)
        if lemma == "call":  # "called on the parties to…", "called on Monday for talks",
            # "called the strike a crime"; not "called Putin on Tuesday", "called a snap
            # election for August", "called on the Emir at his palace" (a visit)
            return names_as(verb, ("call",)) or (not objects and any(
                p.lower_ in CALL_PREPS and not time_prep(p) and (p.lower_ == "for" or clause)
                for p in preps))
        if lemma == "press":  # "pressed for a ceasefire", "pressed Iran to…"; not "pressed
            # its offensive", "pressed ahead"
            return clause or any(p.lower_ == "for" for p in preps)
        if lemma == "counter":  # "countered that the figures were wrong"
            return any(c.dep_ == "ccomp" for c in children)
        if lemma == "appeal":
            return not objects and any(p.lower_ in APPEAL_PREPS for p in preps)
        if lemma == "welcome":  # a visitor or newcomers received, not news welcomed
            return not any(p.lower_ in WELCOMED_AT for p in preps) and not any(
                o.ent_type_ in ("PERSON", "NORP") or o.lemma_.lower() in self.person_heads
                or any(c.dep_ == "nummod" and not _year(c) for c in o.children)
                for o in objects)
        if lemma == "express":
            return any(o.lemma_.lower() in self.feelings for o in objects)
        return True

    def _named(self, subject: Token, actor: Actor | None) -> bool:
        """A subject that names who speaks: a name, a named body, an institution or an
        office ("the ministry", "the President"), or a pronoun that stands for one; not a
        people or a crowd ("Palestinians", "Supporters of Imran Khan")."""
        if subject.lower_ in PRONOUNS:
            return actor is not None or subject.lower_ != "they"
        if subject.ent_type_ == "NORP" and (actor is None or actor.kind == "country"):
            return False  # "Palestinians"; not "Hamas", "the Taliban" (named groups)
        if subject.pos_ == "PROPN":
            return True
        lemma = subject.lemma_.lower()
        if lemma == "member" and any(p.pos_ == "PROPN" for c in subject.children
                                     if c.dep_ == "prep" and c.lower_ == "of"
                                     for p in c.children):
            return True  # "Members of KP Provincial Assembly": a named body's members
        return lemma in self.institutions or lemma in self.person_heads or (
            actor is not None and actor.kind in ("country", "organization", "person"))


def headline_speaker(claims: list[Claim], parse: Parse[ActorIndex], grade: Grader) -> None:
    """A first line that puts a person's name and a colon before its words: see the
    module's rules."""
    if not claims or claims[0].sentence != 0 or claims[0].attribution.type != "unattributed":
        return
    sent = parse.sents[0]
    text = parse.document.text  # the Doc's text; spaCy's doc.text joins every token anew
    if text[: sent.start_char].strip() or "\n" not in text[sent.end_char:]:
        return  # the first line of a longer text
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or not 0 < colon.i - sent.start <= NAME_BEFORE_COLON:
        return
    name = sent.doc[sent.start : colon.i]
    if not any(t.ent_type_ == "PERSON" for t in name) or any(
            t.pos_ not in ("PROPN", "PUNCT") for t in name):
        return  # "Somali piracy: Kenyan navy kills three" names no speaker
    words = sent.doc[colon.i + 1 : sent.end]
    if not words or words[0].tag_ in FEATURE_TAGS or not (
            any(t.tag_ in FINITE_TAGS for t in words) or quoted(words.text)):
        return  # "Angela Merkel: 16 years in power", "…: What his win means": a feature
    actor_id = next((a for t in name if (a := parse.index.by_token.get(t.i))), None)
    graded, why = grade(name, actor_id, parse.index)
    if graded != "A":
        return
    claim = claims[0]
    kind = "direct-quote" if quoted(claim.text) else "reported-speech"
    source = Attribution(actor_id, name.text, ":", kind, name.start_char, name.end_char)
    take(claim, source, graded, "attr:headline-speaker", why, kind=kind)


def _outlet(words: Span, parse: Parse[ActorIndex], actor_id: str | None) -> bool:
    """The subject is the outlet itself ("The Harbor Wire urged readers…"): its own words."""
    if parse.publisher is not None and actor_id == parse.publisher.id:
        return True
    outlet = (parse.document.outlet or "").lower().removeprefix("the ").strip()
    return bool(outlet) and words.text.lower().removeprefix("the ").strip() == outlet


def _year(number: Token) -> bool:
    """ "the 2015 nuclear deal": a year, not a count of newcomers."""
    return number.text.isdigit() and len(number.text) == 4


def _head_phrase(subject: Token) -> Span:
    """The subject's words without a relative clause or a time after it ("Iran, which has
    long criticised the sanctions, rejected…" is "Iran", "Kenya's president on Friday
    called…" is "Kenya's president"; review of issue 13); an apposition ("The foreign
    minister, Ana Lopez,") and a list ("Kenya, Uganda and Tanzania") stay."""
    doc = subject.doc
    end = subject.right_edge.i + 1
    for child in subject.rights:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "prep" and time_prep(child)):
            cut = child.left_edge.i
            while cut > subject.i + 1 and doc[cut - 1].is_punct:
                cut -= 1
            end = min(end, cut)
    while end > subject.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[subject.left_edge.i : end]
