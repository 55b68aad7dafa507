"""Whose a judged thing is: the target of a verb that praises, condemns or rejects a thing
rather than someone ("rejected a Brazilian proposal", "condemned reports that troops had
shelled a town", "a policy of turning away boats, which the UN criticised"); used by the
transitive frame (frames.py) for triggers whose ``object`` is ``owned``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Token

from ..actors import ActorIndex
from ..nlp import split_ent_id
from ..resources import Resources
from ..syntax import clause_doers, prep_objects
from .nominal import JUDGING_TYPES, Arg

THEME_PREPS = ("to", "for", "on", "against", "over", "with")
OWNER_DEPTH = 1  # how many things deep an owned object's owner is looked for
WHY = "frame:owner-of-object"


class OwnerFinder(Protocol):
    """What this module asks of frames.py's ArgumentFinder."""
    res: Resources
    index: ActorIndex

    def arguments(self, role: str, tokens: Iterable[Token], why: str) -> list[Arg]: ...

    def actors_of(self, token: Token, role: str) -> list[tuple[str, Token, str]]: ...


def owner_args(finder: OwnerFinder, thing: Token, depth: int = 0) -> list[Arg]:
    """Who a thing belongs to or is addressed to: its possessor or demonym ("a French
    proposal", "Washington's plan", "a US-drafted plan"), else those a report tells of
    (:func:`reported`), else the doer in its "by" phrase, else an actor in its prepositions
    ("an invitation to a summit of the CSTO"), else, :data:`OWNER_DEPTH` things deeper, the
    owner of a thing in them ("welcomes signing of the Libyan Political Agreement":
    Libya's; issue 13, real text)."""
    mods = [c for c in thing.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    mods += [g for c in mods if c.dep_ == "amod" for g in c.children
             if g.dep_ in ("compound", "npadvmod", "nmod")]
    args = finder.arguments("target", [m for m in mods if m.i in finder.index.by_token], WHY)
    for mod in mods:
        parsed = split_ent_id(mod.ent_id_) if mod.ent_id_ else None
        if not args and parsed and parsed[0] in ("demonym", "name") \
                and parsed[1] in finder.res.countries:
            args.append(Arg("target", mod, parsed[1], f"{WHY}+arg:demonym"))
    if args:
        return args
    told = reported(finder, thing)  # "condemned reports that troops had shelled…"
    if told:
        return [Arg("target", thing, a, f"{WHY}+{rule}") for a, rule in told]
    doers = [t for t in prep_objects(thing, ("by",)) if t.i in finder.index.by_token]
    if doers:  # "condemns the detention of the mayor by security forces": the doer's
        return finder.arguments("target", doers, f"{WHY}-agent")
    inner = prep_objects(thing, THEME_PREPS + ("of", "from", "by"))
    inner += [o for p in inner for o in prep_objects(p, THEME_PREPS + ("of",))]
    args = finder.arguments("target", [t for t in inner if t.i in finder.index.by_token][:1],
                            WHY)
    for deeper in inner if not args and depth < OWNER_DEPTH else ():
        args = owner_args(finder, deeper, depth + 1)
        if args:
            break
    return args


def reported(finder: OwnerFinder, noun: Token) -> list[tuple[str, str]]:
    """ "concern over reports that former officials are being disruptive", "condemned
    reports that troops had shelled the town": ``(actor, rule)`` for those a report noun
    (status.yaml ``report_nouns``) tells of in its "that" clause (issue 13, real train
    readouts); [] for any other noun."""
    if noun.lemma_.lower() not in finder.res.status.report_nouns:
        return []
    told = [s for c in noun.children if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    found = [a for s in told for a, _, _ in finder.actors_of(s, "target")]
    return [(a, "arg:reported") for a in dict.fromkeys(found)]


def antecedent_doers(finder: OwnerFinder, verb: Token, thing: Token) -> list[Arg]:
    """ "Tanzania kept a policy of sending back refugees, which Sweden condemned": what a
    relative clause's verb judges is done by the subject of the clause its antecedent sits
    in (syntax.clause_doers), unless that clause's verb itself says or judges ("Germany
    criticised the decision, which Spain condemned": the critic is no doer of it)."""
    if verb.dep_ != "relcl" or thing != verb.head:
        return []
    doers = clause_doers(thing)
    if not doers or judging(finder.res, doers[0].head):
        return []
    return finder.arguments("target", doers, "frame:doer-of-antecedent")


def judging(res: Resources, verb: Token) -> bool:
    """A verb of saying, or of judging (a trigger of a type in :data:`JUDGING_TYPES`)."""
    lemma = verb.lemma_.lower()
    return lemma in res.attribution.speech_verbs or any(
        t.type in JUDGING_TYPES for t in res.events.triggers.get((lemma, "VERB"), ()))
