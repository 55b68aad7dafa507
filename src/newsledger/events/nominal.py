"""The nominal frame: the actors of a noun trigger.

Source = the noun's possessor or modifier ("Israel's strike", "US sanctions"), its "by"
object, or the subject of the verb that governs it ("held a meeting", "heaped praise on");
target = the objects of its target prepositions, or of the verb's after it ("welcomed
Turkey's aid to Syrians"). A verb the subject undergoes the noun by makes it the target
("faces charges", ``undergoing_verbs``); one that places something in a state makes that
thing the doer ("placed its navy on alert", ``placing_verbs``); both in events.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Token

from ..actors import ActorIndex
from ..resources import Resources, Trigger
from ..syntax import (
    HYPHENS,
    blamed_on,
    direct_objects,
    governing_verb,
    is_passive,
    names_as,
    pobjs,
    prep_objects,
)
from .causes import answered, felt
from .details import BROKER_VERBS
from .status import MATERIAL_QUADS

# verbs of taking, asking or approving aid: an aid noun's "from" names its giver
TAKING_VERBS = ("approve", "accept", "receive", "seek", "request", "get", "welcome", "need",
                "ask", "obtain", "secure", "take")
# what a clause is about, not an act its subject takes part in ("briefed about the talks";
# not "on": "went on strike", "agreed on a ceasefire"; but see _spoken_on)
TOPIC_PREPS = ("about", "over", "regarding", "concerning")
# what is answered "for" (status.yaml ``causes``) is another's act ("retaliate for the
# killing"), except what one apologises or pays for ("apologized for the attack")
OWNED_CAUSES = ("apologise", "apologize", "apology", "compensate", "compensation")
# punished "for" an act: its doer ("vowed to punish Ukraine for the attack on the bridge")
PUNISHING_VERBS = ("punish", "sanction", "penalise", "penalize", "fine", "blame")
FEELING_PREPS = ("by", "at", "about", "over")  # "concerned by the attack" (_spoken_on)
AFTER_PREPS = ("after", "following", "since", "before", "until", "amid")  # time, not part
CONFLICT_QUAD = 4  # material conflict (CAMEO quad classes)
JUDGING_TYPES = ("ACCUSE", "SUPPORT")  # condemning or praising an act is not doing it
# striking, arresting or sanctioning someone "for" an act makes them its doer ("struck Gaza
# for the rocket attack", "arrested two men for the killing")
PUNISHING_TYPES = ("ASSAULT", "COERCE", "SANCTION")


@dataclass
class Arg:
    """An actor found for a trigger: its ``role`` (source | target | participant), the
    token it was found at and the rule that found it."""
    role: str
    token: Token
    actor: str
    why: str


class Finder(Protocol):
    """What the nominal frame asks of frames.py's ArgumentFinder."""
    res: Resources
    index: ActorIndex

    def arguments(self, role: str, tokens: Iterable[Token], why: str) -> list[Arg]: ...

    def controller(self, verb: Token) -> tuple[list[Token], str]: ...


class NominalFrame:
    """The nominal frame of one document's argument finder (frames.py)."""

    def __init__(self, finder: Finder):
        self.finder = finder
        self.res = finder.res

    def args(self, trig: Trigger, noun: Token) -> list[Arg]:
        """Source, target and participants of the noun trigger ``noun``; the module's rules."""
        finder = self.finder
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            # "a ceasefire agreement between A and B", "signed a truce deal": the parties
            # to the deal the noun names (triggers.py lets only a truce do so)
            return self.args(trig, noun.head)
        args: list[Arg] = []
        mods = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if trig.object == "owned" and not prep_objects(noun, trig.target_preps):
            # "demand his release": whose release it is, is who is released (the target);
            # "Hamas's release of three hostages" keeps its possessor as the doer
            owners = [m for m in mods if m.dep_ == "poss"]
            args += finder.arguments("target", owners, "frame:noun-owner")
            mods = [m for m in mods if m.dep_ != "poss"]
        # a modifier that is itself an event noun is no doer ("the United States'
        # condemnation of Hamas' attacks", parsed with "condemnation" modifying "attacks")
        mods = [m for m in mods if m.i in finder.index.by_token
                or (m.lemma_.lower(), "NOUN") not in self.res.events.triggers]
        pair = hyphen_pair(noun, finder.index)  # "US-China talks": two sides, as "between"
        mods = [m for m in mods if m not in pair]
        args += finder.arguments("source", mods, "frame:noun-modifier")
        args += finder.arguments("source", prep_objects(noun, ("by",)), "frame:noun-by")
        between = prep_objects(noun, ("between", "among")) or pair
        if between:
            found = finder.arguments("participant", between, "frame:noun-between")
            for i, arg in enumerate(found):
                arg.role = "source" if i == 0 and not args else "target"
            args += found
        preps = [p for p in trig.target_preps if p not in ("between", "among")]
        blamed = blamed_on(noun.head) if noun.dep_ in ("dobj", "nsubjpass") else []
        if blamed:  # "blamed the attack on Somali militants", "… was blamed on X": they did it
            args += finder.arguments("source", blamed, "frame:blamed-on")
            if any(b.head.head.i == noun.i for b in blamed):
                preps = [p for p in preps if p != "on"]
        args += finder.arguments("target", prep_objects(noun, preps), "frame:noun-prep")
        for child in noun.children:  # "the meeting attended by X", "talks held with Y"
            if child.lemma_.lower() in BROKER_VERBS:
                continue  # "a ceasefire brokered by Moscow": the broker is no party to it
            if child.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in child.children):
                agents = [p for c in child.children if c.dep_ == "agent" for p in pobjs(c)]
                args += finder.arguments("participant", agents, "frame:noun-attended-by")
                args += finder.arguments("target", prep_objects(child, preps),
                                         "frame:noun-acl-prep")
        verb = governing_verb(noun)
        if verb is not None and not any(a.role == "source" for a in args):
            args += finder.arguments("source", self._placed(noun, verb), "frame:placed-in-state")
        if verb is not None and self._undergoes(noun, verb):
            subs, why = finder.controller(verb)
            args += finder.arguments("target", subs, f"frame:undergoer({verb.lemma_})+{why}")
            # "from" on the noun, on what it is of ("accusations of fraud from X"), or after
            # it on the verb
            doers = [o for t in (noun, *prep_objects(noun, ("of",)))
                     for o in prep_objects(t, ("from",))]
            doers += [o for o in prep_objects(verb, ("from",)) if o.i > noun.i]
            return args + finder.arguments("source", doers, "frame:undergone-from")
        if verb is not None and self.judged_for(noun, verb):
            # "criticised Russia for the bombing of…": the one judged did it, not the judge
            if not any(a.role == "source" for a in args):
                args += finder.arguments("source", direct_objects(verb), "frame:judged-for")
            return args
        if trig.type == "AID" and not any(a.role == "source" for a in args) and (
                verb is None or verb.lemma_.lower() in TAKING_VERBS):
            # "approved a loan from China": the giver, not who takes it; not where aid is
            # delivered from ("delivered aid from Egypt into Gaza"; second review)
            args += finder.arguments("source", prep_objects(noun, ("from",)), "frame:noun-from")
        # what a clause is about or over is no act of its subject's, even under a light verb
        # ("imposed sanctions on Belarus over the crackdown": Belarus's crackdown)
        light = verb is not None and not names_as(verb, self.res.events.appraising_verbs) \
            and not (noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS) \
            and answered(noun, self.res.status.causes) in (None, *OWNED_CAUSES) \
            and (verb.lemma_.lower() in self.res.events.light_verbs or noun.dep_ == "pobj") \
            and not (noun.dep_ == "pobj" and _spoken_on(noun, verb, self.res))
        info = self.res.cameo_info(trig.cameo)
        if light and verb is not None and (
                verb.lemma_.lower() in self.res.events.saying_light_verbs
                or _there_was(verb, noun)):
            # "There was no attack on the embassy, Kabul said", "there was a drone attack
            # on the US base, the Pentagon said": who tells that force happened is not its
            # doer; "said there would be talks with Kyiv", "the army said there had been
            # clashes with Cambodian soldiers" are still the teller's own
            light = info is None or info.quad_class not in MATERIAL_QUADS
        if light and noun.dep_ == "pobj" and noun.head.lower_ in AFTER_PREPS:
            # "placed its navy on alert after the attack", "imposed a curfew after the
            # clashes": force before or after the clause is someone else's, even under a
            # light verb ("signed a deal after talks" still takes part: talks are no force)
            light = info is None or info.quad_class != CONFLICT_QUAD
        if light and verb is not None and trig.mode == "ceasefire" \
                and verb.lemma_.lower() in BROKER_VERBS:
            light = False  # "efforts by Qatar to broker a truce": the parties cease fire
        if light and noun.dep_ == "pobj" and verb is not None and trig.type not in \
                self.res.events.joined_demand_types and self.res.status.demands(verb.lemma_):
            light = False  # "called for a ceasefire": the caller ceases no fire (issue 13)
        if light and not any(a.role == "source" for a in args):
            assert verb is not None
            if noun.dep_ in ("dobj", "attr") or (noun.dep_ == "pobj" and not is_passive(verb)):
                subs, why = finder.controller(verb)
                found = finder.arguments("source", subs, f"frame:light-verb({verb.lemma_})+{why}")
                if verb.lemma_ == "be":  # "the killing of bin Laden was a strike at
                    # al-Qaeda": whom a happening is of did not do what it is called
                    found = [a for a in found if not a.why.endswith("arg:of")]
                args += found
            elif noun.dep_ == "nsubjpass":
                agents = [p for c in verb.children if c.dep_ == "agent" for p in pobjs(c)]
                args += finder.arguments("source", agents, "frame:noun-passive-agent")
        if light and verb is not None and noun.dep_ in ("dobj", "nsubjpass"):
            args += finder.arguments("target", prep_objects(verb, preps), "frame:light-verb-prep")
        elif verb is not None and (noun.dep_ == "dobj" or (
                noun.dep_ == "pobj" and noun.head.lower_ == "in")) and not any(
                a.role == "target" for a in args):
            # "welcomed Turkey's aid to Syrians", "took part in drills with Saudi forces": the
            # parser hangs the noun's preposition on the verb after it; a verb that takes it
            # as its own target keeps it
            own = {p for t in self.res.events.triggers.get((verb.lemma_.lower(), "VERB"), ())
                   for p in t.target_preps}
            after = [p for p in preps if p not in own]
            args += finder.arguments("target", [o for o in prep_objects(verb, after)
                                                if o.i > noun.i], "frame:noun-prep-on-verb")
        return args

    def judged_for(self, noun: Token, verb: Token) -> bool:
        """ "condemned Russia for the bombing", "thanked Egypt for its mediation",
        "criticized his opponent for visiting…", "struck Gaza for the rocket attack": the
        noun or clause is what a verb of judging (a trigger of a type in
        :data:`JUDGING_TYPES`) or punishing (:data:`PUNISHING_TYPES`) judges its object
        for; with no object ("apologized to Egypt for the attack", "voted for sanctions") no
        one is judged."""
        return noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "for" \
            and noun.head.head.i == verb.i and bool(direct_objects(verb)) and (
                verb.lemma_.lower() in PUNISHING_VERBS or any(
                    t.type in JUDGING_TYPES + PUNISHING_TYPES
                    for t in self.res.events.triggers.get((verb.lemma_.lower(), "VERB"), ())))

    def _undergoes(self, noun: Token, verb: Token) -> bool:
        """ "the mayor faces charges", "troops died in the offensive", "came under attack":
        the verb's subject undergoes the event noun (``undergoing_verbs`` in events.yaml;
        "come" only "under" it)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.res.events.undergoing_verbs:
            return False
        if noun.dep_ == "dobj" and noun.head.i == verb.i:
            return lemma != "come"
        return noun.dep_ == "pobj" and noun.head.head.i == verb.i and (
            noun.head.lower_ == "under" or (noun.head.lower_ == "in" and lemma != "come"))

    def _placed(self, noun: Token, verb: Token) -> list[Token]:
        """ "put their militaries on high alert" -> the militaries; "the army was placed on
        alert" -> the army (``placing_verbs`` in events.yaml)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "into") \
                or noun.head.head.i != verb.i \
                or verb.lemma_.lower() not in self.res.events.placing_verbs:
            return []
        deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
        return [c for c in verb.children if c.dep_ in deps]


def _spoken_on(noun: Token, verb: Token, res: Resources) -> bool:
    """ "Commenting on the agreement, the minister said": what a verb of saying is "on" is
    its topic, as with "about" (issue 13, real train: a statement on a Libyan accord); and
    what one is "concerned by", "shocked at", "alarmed over" is the cause of a feeling, not
    one's own act (an adjective or participle after a copula; "responsible for", "involved
    in", "guilty of" still name the doer)."""
    if felt(noun, FEELING_PREPS):
        return True  # "I remain deeply concerned by the abduction of three youths"
    return noun.head.lower_ == "on" and verb.lemma_.lower() in res.attribution.speech_verbs


def hyphen_pair(noun: Token, index: ActorIndex) -> list[Token]:
    """The two names joined by a hyphen before an event noun ("US-China trade talks",
    "the India-Pakistan ceasefire"), as the parser gives them: the second a modifier of the
    noun, the first a compound of the second with the hyphen between, each an actor of
    another country (not one name with a hyphen, "Al-Shabaab", nor two places of one
    country, "the Kabul-Kandahar road"; second review); else []."""
    for second in noun.children:
        if second.dep_ not in ("compound", "nmod", "amod") or second.pos_ != "PROPN":
            continue
        for first in second.children:
            if first.dep_ == "compound" and first.pos_ == "PROPN" and first.i < second.i \
                    and any(c.dep_ == "punct" and c.text in HYPHENS
                            and first.i < c.i < second.i for c in second.children) \
                    and _countries_apart(first, second, index):
                return [first, second]
    return []


def _countries_apart(first: Token, second: Token, index: ActorIndex) -> bool:
    """Both tokens stand for actors, and the actors are of two countries."""
    ids = [index.by_token.get(t.i) for t in (first, second)]
    actors = [index.actors.get(i) if i else None for i in ids]
    if actors[0] is None or actors[1] is None:
        return False
    return (actors[0].country or actors[0].id) != (actors[1].country or actors[1].id)


COMING_MODALS = ("will", "would", "shall", "'ll", "wo")


def _there_was(verb: Token, noun: Token) -> bool:
    """ "There was (no) attack…", "there could be attacks on US troops": an existential of
    what happened or may happen, which names no doer; not one still to come by the teller's
    own plan ("there would be no withdrawal") nor one "with" a named side ("clashes with
    Cambodian soldiers"; reviews of issue 13)."""
    if any(c.dep_ == "aux" and c.lower_ in COMING_MODALS for c in verb.children) \
            or prep_objects(noun, ("with",)):
        return False
    return any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
