"""Appraisals: a verdict passed on someone by naming what they are or did — "Putin views the
arrival of US troops as a threat", "calling the move economic coercion", "said the deal was
an important first step" (issue 13: the real train and dev splits code these as ACCUSE 111
or SUPPORT 051, the appraiser's disapproval or praise of the one appraised).

A trigger with ``frame: appraisal`` is the verdict word (lexicons/events.yaml: "threat",
"mistake", "unacceptable", "step" with "first" or "important"…). It fires only as the
predicate of a verb of appraising (``appraising_verbs``: "called it X", "views it as X")
or of "be" in a clause told by a verb of speech ("said the deal was X"); the source is the
appraiser, the target what is appraised (an actor, or the doer of a thing: "the arrival
of US troops" is the troops', "sanctions on Russia" are not Russia's). A negated verdict, or
one under would, could, might or may, is none ("This is not piracy", "any attack would be
a violation"), and so is one on the appraiser's own country.

A trigger with ``frame: owned-verdict`` is a word of blame that names its owner as it is
told ("the Vice President commended Ukraine's restraint in the face of Russia's blatant
provocation", President Lee said "we have always tolerated North Korea's brutality"; issue
13, the largest class of real-text misses is such evaluative ACCUSE): the source is the
subject of the nearest verb of speech or of a verbal act above it (the teller), the target
its owner (possessor, demonym, "of" or "by"). With no teller, or a negated or unreal one, it
is none; nor is a word of blame another ACCUSE of the sentence already aims at its owner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..model import Actor, Event
from ..resources import Resources
from ..syntax import RELATIVE_TAGS, direct_objects, has_negation, is_passive, is_question
from .merges import Draft
from .nominal import Arg, Finder

# what a verdict told in the present is: passed, not under way ("Putin views … as a
# threat") nor guessed ("Israel considers Hezbollah a threat": "consider" governs guesses)
PASSED_FROM = ("ongoing", "speculative")
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
DOER_PREPS = ("of", "by")
UNREAL_MODALS = ("would", "could", "might", "may")
PREDICATE_DEPS = ("oprd", "xcomp", "ccomp", "attr", "acomp")
COPULA_DEPS = ("attr", "acomp")
TOLD_DEPS = ("ccomp", "conj")  # "said the deal was…", "said …, and Iran was…"
OWNED = "owned-verdict"  # the frame of a word of blame told with its owner
# what keeps a word of blame from being blame passed (review of issue 13): a word that makes
# it unreal or someone's claim, a setting it is told in, a claim or a warding-off over it
UNREAL_BLAME = frozenset({"any", "possible", "potential", "future", "further", "suspected",
                          "alleged", "perceived", "purported", "supposed", "so-called"})
SETTING_DEPS = ("appos", "advcl", "acl", "relcl", "npadvmod", "parataxis")
SETTING_PREPS = frozenset({"amid", "despite", "after", "following", "before", "since",
                           "during", "until"})
# a claim, a chance or a time around the word ("allegations of Russian provocation", "in
# case of Russian aggression", "the threat of…", "in the wake of Iran's aggression")
CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "report", "rumour", "rumor",
                         "talk", "evidence", "proof", "sign", "suggestion", "speculation",
                         "charge", "question", "investigation", "probe", "inquiry", "case",
                         "event", "threat", "risk", "danger", "fear", "prospect",
                         "possibility", "wake", "aftermath"})
# warding off, or only naming ("to deter North Korean provocation", "wrong to speak of…")
WARDING_VERBS = frozenset({"deter", "prevent", "counter", "avert", "forestall", "resist",
                           "withstand", "respond", "prepare", "brace", "guard", "protect",
                           "defend", "confront", "combat", "speak", "talk", "mention",
                           "discuss", "ask"})
# a telling not done, or still to come ("declined to comment", "plans to say")
UNDONE = frozenset({"decline", "refuse", "fail", "avoid", "hesitate", "plan", "intend",
                    "expect", "want", "hope", "prepare", "aim"})
COMING = ("will", "shall", "'ll", "wo")  # "will tell parliament…": not yet told
VERDICT_FRAMES = ("appraisal", OWNED)


def predicative(token: Token) -> bool:
    """The word is a predicate: of a verb ("called it a mistake"), of "as" after one ("views
    it as a threat") or of "be" ("the deal was a mistake")."""
    if token.dep_ == "pobj":
        return token.head.lower_ == "as" and _verb(token).pos_ == "VERB"
    if token.dep_ == "dobj":  # "calls Israeli strike a provocation", parsed as two objects
        return bool(_named(token))
    return token.dep_ in PREDICATE_DEPS and token.head.pos_ in ("VERB", "AUX")


def _named(token: Token) -> list[Token]:
    """For the second of two direct objects, the first: the thing it names."""
    return [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]


def _verb(token: Token) -> Token:
    """The verb a predicate belongs to; for "as X", the verb of "as", or of the object it
    hangs from ("views the arrival of … as a provocation", parsed on "arrival")."""
    if token.dep_ != "pobj":
        return token.head
    held = token.head.head
    return held.head if held.dep_ == "dobj" else held


def appraised(token: Token, res: Resources) -> tuple[Token, list[Token]] | None:
    """(the appraiser's verb, what is appraised) for a verdict word, or None when no one is
    told to pass it."""
    head = _verb(token)
    if has_negation(head) or _unreal(head):
        return None
    lemma = head.lemma_.lower()
    if lemma in res.events.appraising_verbs and token.dep_ == "dobj" and _named(token):
        return head, _named(token)
    if lemma in res.events.appraising_verbs and (token.dep_ == "pobj" or token.dep_ in (
            "oprd", "xcomp", "ccomp")):
        # "considers Hezbollah a threat": the small clause's subject
        return head, direct_objects(head) or [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ in COPULA_DEPS and lemma == "be" and head.dep_ in TOLD_DEPS:
        teller = head.head
        while teller.dep_ == "conj" and teller.head.i != teller.i:
            teller = teller.head
        said = teller.lemma_.lower()
        if said in res.attribution.speech_verbs and said not in res.status.report_denials \
                and not has_negation(teller):
            return teller, [c for c in head.children if c.dep_ == "nsubj"]
    return None


def appraisal_args(finder: Finder, token: Token) -> list[Arg]:
    """The appraiser as source and the appraised as target (actors, or a thing's owner)."""
    found = appraised(token, finder.res)
    if found is None:
        return []
    verb, things = found
    subs, why = finder.controller(verb)
    args = finder.arguments("source", subs, f"appraisal:{why}")
    for thing in things:
        named = finder.arguments("target", [thing], "appraisal:appraised")
        # "the information Snowden released was more dangerous": the teller of the relative
        # clause owns the thing
        tellers = [s for c in thing.children if c.dep_ == "relcl"
                   for s in c.children if s.dep_ == "nsubj" and s.tag_ not in RELATIVE_TAGS]
        args += named or _doers(finder, thing) or finder.arguments(
            "target", tellers, "appraisal:relative-subject")
    return args


def owned_verdict_args(finder: Finder, token: Token) -> list[Arg]:
    """The teller as source and the owner of the word of blame as target; none without a
    teller that is an actor other than a news outlet, or an owner other than a private
    person known only by nationality ("the Afghan man's…"; module docstring)."""
    if any(c.lower_ in UNREAL_BLAME for c in token.children):
        return []  # "any North Korean provocation", "alleged Chinese interference"
    teller = _teller(token, finder.res)
    if teller is None:
        return []
    owners = [a for a in _doers(finder, token) if _sector(finder, a) != "CVL"]
    subs, why = finder.controller(teller)
    sources = [a for a in finder.arguments("source", subs,
                                           f"appraisal:teller({teller.lemma_.lower()})+{why}")
               if _sector(finder, a) != "JRN"]
    return sources + owners if sources and owners else []


def _sector(finder: Finder, arg: Arg) -> str | None:
    actor = finder.index.actors.get(arg.actor)
    return actor.sector if actor is not None else None


def _teller(token: Token, res: Resources) -> Token | None:
    """The verb that tells the word as its subject's own blame: the nearest verb above it
    of ``verdict_tellers`` (lexicons/events.yaml), reached through what the verbs say, not
    through a setting ("Amid Venezuelan provocation, Guyana asked…"), an apposition ("a
    victim of Russia's aggression"), a claim ("allegations of Russian provocation", "no
    evidence of Chinese interference"), a denial ("rejected…") or a verb of warding off
    ("to deter North Korean provocation"). None when there is no such verb, or when it is
    passive, negated, unreal, not done ("declined to comment on…", "without mentioning")
    or asked."""
    denials = set(res.status.report_denials)
    for cur in (token, *token.ancestors):
        head = cur.head
        if cur.dep_ in SETTING_DEPS or (cur.dep_ == "pobj" and head.lower_ in SETTING_PREPS) \
                or cur.lemma_.lower() in CLAIM_NOUNS | denials | WARDING_VERBS \
                or (cur.i != token.i and cur.pos_ == "NOUN"
                    and any(c.lower_ == "no" for c in cur.children)):
            return None
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in res.events.verdict_tellers:
            done = not (has_negation(head) or _unreal(head) or is_question(head.sent)
                        or any(c.dep_ == "aux" and c.lower_ in COMING for c in head.children)
                        or is_passive(head) or head.lemma_.lower() in denials
                        or (head.dep_ == "xcomp" and head.head.lemma_.lower() in UNDONE)
                        or (head.dep_ == "pcomp" and head.head.lower_ in ("without", "before")))
            return head if done else None
    return None


def _doers(finder: Finder, thing: Token) -> list[Arg]:
    """Whose the appraised thing is: its possessor or demonym ("Beijing's decision", "the
    Russian strikes"), else an actor it is "of" or "by" ("the arrival of US troops"); not
    one it is done to ("sanctions on Russia", "an attack on Taiwan": review of issue 13)."""
    mods = [c for c in thing.children if c.dep_ in OWNER_DEPS]
    found = finder.arguments("target", mods, "appraisal:owner")
    for held in (p for c in thing.children if c.dep_ == "prep" and c.lower_ in DOER_PREPS
                 for p in c.children if p.dep_ == "pobj"):
        if found:
            break
        found = finder.arguments("target", [held], "appraisal:owner-of") or finder.arguments(
            "target", [c for c in held.children if c.dep_ in OWNER_DEPS], "appraisal:owner-of")
    return found


def _unreal(verb: Token) -> bool:
    """ "Any attack would be a violation": a verdict on what has not happened."""
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_MODALS for c in verb.children)


def _own(event: Event, actors: Mapping[str, Actor]) -> bool:
    """A verdict on the appraiser's own country ("Russia said its operation was a
    success", "China called its own policy a milestone"): no one else is judged; its own
    people and forces may be ("said the information Snowden released was dangerous")."""
    source, target = (actors.get(a) if a else None for a in (event.source, event.target))
    if source is None or target is None:
        return False
    return target.id == source.id or (target.kind == "country"
                                      and target.country == source.country)


def told_verdicts(drafts: Sequence[Draft], actors: Mapping[str, Actor]) -> list[Draft]:
    """The drafts with each verdict's status that of its passing (``status:verdict``), and
    without a verdict that repeats an act of its type by the same source it is told with
    ("denounced the decision, calling the move economic coercion": one act told twice), a
    verdict said twice by one verb ("a great outcome…, a great outcome…") or one on the
    appraiser's own country (:func:`_own`)."""
    kept: list[Draft] = []
    by_token = {d.token.i: d for d in drafts}
    passed: set[tuple[int, str]] = set()  # (verb, type): "a great outcome…, a great outcome"
    for draft in drafts:
        if draft.trigger.frame not in VERDICT_FRAMES:
            kept.append(draft)
            continue
        event = draft.event
        if draft.trigger.frame == OWNED and _aimed(draft, drafts):
            continue
        verb = _verb(draft.token)
        host = by_token.get(verb.head.i) if verb.dep_ in ("advcl", "conj") else None
        if (host is not None and host.event.type == event.type
                and host.event.source == event.source) or (verb.i, event.type) in passed \
                or _own(event, actors):
            continue
        passed.add((verb.i, event.type))
        if draft.trigger.frame == OWNED:
            # the blame is in the telling: "said it would not tolerate Russian meddling"
            event.status, event.negated, event.quantity = "occurred", False, None
            event.why.append("status:verdict")
        elif event.status in PASSED_FROM and not event.negated:
            event.status = "occurred"
            event.why.append("status:verdict")
        kept.append(draft)
    return kept


def _aimed(draft: Draft, drafts: Sequence[Draft]) -> bool:
    """Another ACCUSE of the sentence already aims at the owner ("condemned Russia's
    aggression": the condemnation is the act)."""
    owner = draft.event.target
    return any(d is not draft and d.event.type == "ACCUSE" and d.trigger.frame != OWNED
               and d.event.evidence.sentence == draft.event.evidence.sentence
               and any(p.role == "target" and p.actor == owner for p in d.event.participants)
               for d in drafts)
