"""When a trigger word fires: the conditions a lexicon entry (lexicons/events.yaml) sets
on its token — particle, preposition, modifiers, head, objects — and the uses that are never
an event (a name, "Trump-backed", "was asked whether")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..resources import Trigger
from ..syntax import (
    RELATIVE_TAGS,
    asked_copula,
    conditional_clause,
    direct_objects,
    infinitive_clauses,
    is_passive,
    names_as,
    pobjs,
    prep_objects,
    reduced_relative,
    time_prep,
)
from .appraisals import OWNED, predicative

NAME_LABELS = ("ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC")
COUNTS = ("thousand", "hundred", "million", "dozen", "number", "lot", "batch", "trove",
          "cache", "series", "set", "pair", "couple")  # "thousands of…", "a trove of…"
DOCUMENT_WORDS = ("press", "news")  # "a press release", "a news release" (issue 13)
# Prepositions of circumstance: what they take is not what the verb acts on ("killed a
# journalist on his way home", "denied it at the request of…", "in order to"), unless the
# trigger names the preposition as its own.
ADJUNCT_PREPS = ("on", "at", "upon", "in", "during")
# "asked whether…" asks a question, it requests nothing; "asked Somalia to hand over the
# suspects, even if…" and "if talks fail, Egypt will ask…" still request
QUESTION_VERBS = ("ask", "inquire", "enquire")
QUESTION_WORDS = ("whether", "if")
# In ``objects``: the trigger fires only on a named person as its direct object or the
# subject of its passive; in ``exclude_objects``: never on one as either.
PERSON_OBJECT = "@person"
# what names a passive's cause: "killed in a car crash", "injured by lightning"
CAUSE_PREPS = ("in", "by", "during")
CIVIL_WORDS = ("aid", "humanitarian", "relief", "medical")  # "trucks carrying aid": no force
TRUCE_DEALS = ("agreement", "deal", "accord", "pact")  # "a ceasefire agreement"
ACCIDENT_NOUNS = ("explosion", "blast", "fire", "leak", "collapse")  # of bombs or of industry


def _person_object(token: Token, passive: bool = False) -> bool:
    """A named person is the verb's direct object (or, with ``passive``, its passive
    subject)."""
    objects = [*direct_objects(token)]
    if passive:
        objects += [c for c in token.children if c.dep_ == "nsubjpass"]
    return any(o.ent_type_ == "PERSON" for o in objects)


def _subject_lemmas(token: Token, depth: int = 0) -> set[str]:
    """The lemmas of the verb's active subject and, for an accident noun, of its modifiers
    and place ("a gas explosion", "an explosion at a chemical plant"); for a passive, of its
    cause ("were killed in a car
    crash", "injured by lightning"); for "that" or "which", of the noun it stands for
    ("floods that killed 30"); for a verb joined to another or a gerund after it ("The
    earthquake killed 50 and injured 300", "struck Nepal, injuring hundreds"), the other's;
    for a finite verb the parser left with no subject ("began after the collapse of a
    canopy … killed 16 people"), the words back to the verb before it."""
    nouns = [c for c in token.children if c.dep_ == "nsubj"]
    nouns = [token.head if n.tag_ in ("WDT", "WP") and token.dep_ == "relcl" else n
             for n in nouns]
    if is_passive(token) or reduced_relative(token):
        nouns += [o for c in token.children if c.dep_ in ("prep", "agent")
                  and c.lower_ in CAUSE_PREPS for o in pobjs(c)]
    subjects = {t.lemma_.lower() for n in nouns for t in (n, *_accident_words(n))}
    if subjects:
        return subjects
    if depth < 2 and token.dep_ in ("conj", "advcl") and token.head.pos_ in ("VERB", "AUX"):
        subjects = _subject_lemmas(token.head, depth + 1)
    if token.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubjpass", "expl") for c in token.children):
        return subjects
    for left in reversed(token.doc[token.sent.start:token.i]):
        if left.pos_ in ("VERB", "AUX"):
            break
        subjects.add(left.lemma_.lower())
    return subjects


def _accident_words(noun: Token) -> list[Token]:
    """What kind of accident a cause noun names, if it names one: its modifiers and where
    it happened ("a gas explosion", "an explosion at a chemical plant"); none for an attack
    ("a chemical attack", "a suicide bomber at a factory")."""
    if noun.lemma_.lower() not in ACCIDENT_NOUNS:
        return []
    return [*(c for c in noun.children if c.dep_ in ("compound", "amod")),
            *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"
              for o in pobjs(c))]


def _force_subject(token: Token, allowed: Collection[str]) -> bool:
    """The verb's active subject is one of ``allowed`` and carries no aid ("trucks carrying
    humanitarian aid")."""
    subjects = [token.head if c.tag_ in RELATIVE_TAGS and token.dep_ == "relcl" else c
                for c in token.children if c.dep_ == "nsubj"]  # "trucks that had entered"
    # "the trucks that entered Ukraine were carrying aid": what the clause says of them
    told = list(token.head.head.subtree) if token.dep_ == "relcl" else []
    return bool({c.lemma_.lower() for c in subjects} & set(allowed)) and not any(
        w.lemma_.lower() in CIVIL_WORDS for w in (*(w for c in subjects for w in c.subtree),
                                                   *told))


def fits(trig: Trigger, token: Token, naming: Collection[str] = (),
         investigating: Collection[str] = ()) -> bool:
    """Whether ``trig`` (matched on the token's lemma and word class) fires on ``token``:
    its particle, preposition, modifiers, head and objects are there, and the token is no
    name, no adjective use of a verb, no question and no act looked into (``investigating``:
    lexicons/events.yaml ``investigating_words``)."""
    children = list(token.children)
    direct = direct_objects(token)  # asked up to eight times below: worked out once
    if trig.particle and not any(  # "turned back" is often parsed as an adverb after it
        (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i > token.i)
         or (_compound_prep(c) and not direct))  # not "pulled a man out of"
        and c.lower_ == trig.particle for c in children
    ):
        return False
    # "cleared the opposition leader of all charges": with ``objects`` to check what
    # follows, the preposition may hang on the verb's object
    held = [c for o in direct for c in o.children
            if trig.objects and c.dep_ == "prep" and c.lower_ == trig.prep]
    if trig.prep and not held and not any(
            c.dep_ == "prep" and c.lower_ == trig.prep and not time_prep(c) for c in children):
        return False  # "called on Friday" names a day, not whom the call is on
    if trig.modifiers and not any(c.dep_ in ("amod", "compound", "nmod", "npadvmod")
                                  and c.lemma_.lower() in trig.modifiers
                                  for c in children):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == token.pos_:
        first = first.head  # "to express his condolences and his solidarity with…"
    if trig.heads and (first.head.lemma_.lower() not in trig.heads or (
            first.dep_ == "dobj" and names_as(first.head, naming)) or (
            first.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.left_edge.i == first.i + 1
                                         for c in first.head.children))):
        # "called the strike a provocation" calls no strike; "promised missiles would
        # rain" promises no missiles (the clause's subject parsed as the object)
        return False
    own = any(c.dep_ == "poss" for c in children)  # "into these attacks and its deployment"
    if token.pos_ == "NOUN" and looked_into(token if own else first, investigating):
        return False  # "to investigate numerous killings": the reason for an inquiry
    if trig.clause and not _intent_clause(token):
        return False  # "ready to send troops" is an intent; "the troops are ready", none
    if trig.conditional and not conditional_clause(token, reported=True):
        return False  # "warned that … unless": a threat; a warning alone is none
    objects = [o.lemma_.lower() for o in direct]
    if is_passive(token):  # "was granted clemency": what a passive still takes is given
        objects += [c.lemma_.lower() for c in children if c.dep_ == "dobj"]
    if trig.object == "theme":  # what is sent: "21 warships", "a brigade of doctors"
        objects += [p.lemma_.lower() for o in direct
                    for p in prep_objects(o, ("of",))]
        # what the thing sent carries: "sent a naval ship carrying 60 tonnes of aid"
        objects += [g.lemma_.lower() for o in direct for c in o.children
                    if c.dep_ == "acl" for g in direct_objects(c)]
        # what is forgone through the entry's own preposition ("refrain from attacks")
        objects += [p.lemma_.lower() for c in children if trig.prep and c.dep_ == "prep"
                    and c.lower_ == trig.prep for p in pobjs(c)]
    else:
        objects += [p.lemma_.lower() for c in children if c.dep_ == "prep" and not time_prep(c)
                    and (c.lower_ not in ADJUNCT_PREPS or c.lower_ in trig.own_preps)
                    for p in pobjs(c)]
        objects += [c.lemma_.lower() for c in children if c.dep_ == "xcomp"]
        # "allowed inspectors to visit", "let the envoy enter": the clause and its subject
        objects += [t.lemma_.lower() for c in infinitive_clauses(token)
                    for t in (c, *(g for g in c.children if g.dep_ == "nsubj"))]
        objects += [p.lemma_.lower() for c in held for p in pobjs(c)]
        # "released thousands of classified documents": what a count counts
        objects += [p.lemma_.lower() for o in direct
                    if o.like_num or o.lemma_.lower() in COUNTS for p in prep_objects(o, ("of",))]
    named = any(c.dep_ == "dobj" for c in children) or sum(  # "called him a liar",
        c.dep_ == "oprd" for c in children) > 1  # "called Putin a war criminal": naming
    if PERSON_OBJECT in trig.objects and (not _person_object(token, passive=True) or any(
            (c.dep_ == "oprd" and named)
            or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "ADJ"))
            for c in children)):
        return False  # "called President Karzai" phones him; "called him a liar" does not
    if trig.objects and PERSON_OBJECT not in trig.objects \
            and not set(objects) & set(trig.objects):
        return False
    # an adjective after the object says what it is held to be ("held the officials
    # responsible": blame, not custody)
    if trig.exclude_objects and set(objects + [
            c.lemma_.lower() for o in direct for c in o.children
            if c.dep_ == "amod" and c.i > o.i]) & set(trig.exclude_objects):
        return False
    if trig.exclude_subjects and _subject_lemmas(token) & set(trig.exclude_subjects):
        return False  # "the collapse of a canopy killed 16 people": no one attacked
    if trig.subjects and not _force_subject(token, trig.subjects):
        return False  # "the delegation entered the hall", "an aid convoy entered": none
    if PERSON_OBJECT in trig.exclude_objects and _person_object(token, passive=True):
        return False  # "fired Comey", "Comey was fired": a person dismissed, not shot at
    if trig.pos == "NOUN" and any(c.dep_ == "compound" and c.lower_ in DOCUMENT_WORDS
                                  for c in children):
        return False  # "In a press release, the Foreign Office said": a document
    if trig.pos == "NOUN" and ((token.dep_ == "compound" and not _agreed_truce(token, trig))
                               or token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS):
        return False  # "the Gaza Peace Agreement" names a document, it reports no event
    if trig.frame == "copular" and token.head.lemma_ not in ("be", "stand", "remain"):
        return False
    if trig.frame == "appraisal" and not predicative(token):
        return False  # "a threat to peace" in a subject is no verdict passed (appraisals.py)
    if trig.frame == OWNED and (predicative(token) or trig.pos != "NOUN"):
        return False  # "said the move was a provocation": the verdict (frame appraisal)
    if trig.pos == "VERB" and token.dep_ == "amod":
        return False  # "Trump-backed plan"
    if trig.pos == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in children):
        return False  # "as promised", "as agreed": a manner of another act (issue 13)
    if trig.lemma in QUESTION_VERBS and not any(c.dep_ == "xcomp" for c in children) and any(
            (c.dep_ == "mark" and c.lower_ in QUESTION_WORDS)
            or (c.i == clause.left_edge.i and c.tag_ in ("WRB", "WP", "WDT", "WP$"))  # "where…"
            for clause in children if clause.dep_ == "ccomp"
            or (clause.dep_ == "advcl" and clause.i > token.i)  # not "if talks fail, …ask"
            for c in (*clause.children, clause.left_edge)):
        return False  # "was asked whether he believed it", "asked if Snowden would…": a question
    if trig.lemma in QUESTION_VERBS and token.tag_ == "VBN" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if") for c in children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False  # "was not under investigation when asked": asked a question
    return True


def looked_into(noun: Token, investigating: Collection[str]) -> bool:
    """The noun is what a word of looking into takes: "investigate the killings", "the
    killings had not been investigated", "an inquiry into the attack", "the probe of…",
    "opened an inquiry into the shooting"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in investigating
    if noun.dep_ != "pobj" or head.lower_ not in ("into", "of", "on"):
        return False
    return head.head.lemma_.lower() in investigating or head.lower_ == "into" and any(
        o.lemma_.lower() in investigating for o in direct_objects(head.head))  # "opened
    # an inquiry into the shooting", "into" parsed on the verb


def _intent_clause(adjective: Token) -> bool:
    """ "is ready to send troops": a to-infinitive of the adjective's own, active ("are
    ready to be deployed" is no one's intent) and stated, not asked ("Is Iran willing to
    negotiate?", the copula before its subject)."""
    return not asked_copula(adjective) and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ == "auxpass" for g in c.children) for c in adjective.children)


def _agreed_truce(token: Token, trig: Trigger) -> bool:
    """ "a ceasefire agreement between Ukraine and the rebels": the deal is a truce, agreed
    (issue 13, real train: RETREAT each way, beside the AGREE)."""
    if trig.mode != "ceasefire" or token.head.lemma_.lower() not in TRUCE_DEALS \
            or token.head.ent_type_ or token.head.pos_ == "PROPN":
        return False
    # not "the Minsk Ceasefire Agreement", capitals in a sentence not in Title Case: a name
    words = [t for t in token.sent if t.is_alpha and not t.is_sent_start]
    capitals = sum(t.is_title for t in words)
    return not (token.is_title and token.head.is_title and capitals * 2 <= len(words))


def _compound_prep(token: Token) -> bool:
    """ "pulled out of the deal": the particle parsed as a preposition heading another."""
    return token.dep_ == "prep" and any(c.dep_ == "prep" for c in token.children)
