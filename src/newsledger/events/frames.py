"""Syntactic frames: who is the source and who the target of a trigger.

Frames (named in the trigger lexicon):
- ``transitive``  source = subject (agent if passive), target = object (subject if passive)
                  and the objects of the entry's target prepositions.
- ``symmetric``   as transitive; "A and B met" makes A the source and B the target.
- ``nominal``     a noun trigger (nominal.py): source = possessor/modifier ("Israel's
                  strike", "US sanctions"), "by" object, or the subject of the verb that
                  governs the noun ("held a meeting"); target = its prepositions.
- ``copular``     "X is/are against Y": source = subject of "be", target = object of "against".
- ``attend``      source = who attends; what is attended may be an earlier event.
- ``appraisal``   a verdict word (appraisals.py): source = the appraiser, target = what
                  is appraised ("views the arrival of US troops as a threat").
- ``owned-verdict`` a word of blame with its owner (appraisals.py): source = its teller,
                  target = its owner ("said … North Korea's brutality").
Controllers: a verb without a subject takes one from the verb it depends on ("agreed to
send", "will take the lead in disarming", "one of the first leaders to welcome"), or the
object of that verb when it is an object-control verb ("asked Mexico to deploy").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import ActorIndex
from ..actors.sector_nouns import noun_sector
from ..nlp import split_ent_id
from ..places import DocumentPlaces
from ..resources import Resources, Trigger
from ..syntax import (
    RELATIVE_TAGS,
    blamed_on,
    controller,
    direct_objects,
    infinitive_clauses,
    is_passive,
    phone_call,
    pobjs,
    prep_objects,
    shared_objects,
    with_conjuncts,
)
from .appraisals import OWNED, appraisal_args, owned_verdict_args
from .aspect import aspect_host
from .details import BROKER_VERBS, WATERS
from .nominal import JUDGING_TYPES, Arg, NominalFrame
from .owners import THEME_PREPS, antecedent_doers, owner_args, reported
from .status import MATERIAL_QUADS

# Words for some of a body's members: "many in Congress", "some in the government"
PART_WORDS = frozenset(("many", "some", "most", "several", "few", "others", "those"))


# "a group calling itself …", "a militia known as …": the name is the actor.
NAMING_VERBS = {"call", "name", "know", "style", "describe", "identify"}


def _no_party(token: Token, top: Token) -> bool:
    """Whether ``token`` is inside an "against" phrase below ``top``, or in a clause of
    brokering ("vowed to honour the ceasefire brokered by Moscow": the broker is no party
    to the promise)."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "against":
            return True
        if token.dep_ in ("acl", "relcl") and token.lemma_.lower() in BROKER_VERBS:
            return True
        token = token.head
    return False


PARTICIPLE_CONTROL = ("control:advcl", "control:xcomp", "control:adjective")  # passive: find
CAUSATIVES = ("have", "get")  # "had its citizens turned back": done to them


class ArgumentFinder:
    """Finds the source/target actors of a trigger in one parsed sentence."""

    def __init__(self, res: Resources, index: ActorIndex, places: DocumentPlaces | None = None,
                 headline_end: int = -1):
        """One document's argument finder: its actor ``index``, its ``places`` (the
        gazetteer as the document reads ambiguous names) and the character its headline
        ends at (-1: no headline)."""
        self.res = res
        self.index = index
        self.places = places
        self.headline_end = headline_end
        self.nominal = NominalFrame(self)

    # -- token -> actors --------------------------------------------------------------
    def actors_of(self, token: Token, role: str) -> list[tuple[str, Token, str]]:
        """Actors a noun phrase headed by ``token`` stands for (with the rule that says so)."""
        out: list[tuple[str, Token, str]] = []
        tokens = with_conjuncts([token])
        for child in token.children:  # "on Asim Munir and … Sharif" parsed as a modifier
            if child.dep_ == "nmod" and self.index.actor_ids(child) and set(
                    self.index.actor_ids(child)) != set(self.index.actor_ids(token)):
                tokens += with_conjuncts([child])
        for tok in tokens:
            found = self._one(tok, role)
            if found:
                out.extend((a, tok, why) for a, why in found)
        return out

    def _one(self, tok: Token, role: str) -> list[tuple[str, str]]:
        ids = self.index.actor_ids(tok)
        if ids:
            return [(a, "arg:mention") for a in ids]
        if tok.pos_ == "NUM" and tok.dep_ == "dobj" and tok.head.dep_ == "conj" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
            # "detained two Swiss businessmen and sentenced one": one of those detained
            earlier = [found for o in direct_objects(tok.head.head) if o.i < tok.i
                       for found in self._one(o, role)]
            return [(a, "arg:one-of") for a, _ in dict.fromkeys(earlier)]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.res.kin_nouns and not any(
                c.dep_ in ("amod", "compound", "appos") and any(
                    self.index.actors[a].cameo_code for a in self.index.actor_ids(c)
                    if a in self.index.actors)
                for c in tok.children):  # "our Syrian brothers" are Syrians; "Kim Jong
            # Un's sister Kim Yo Jong" is herself, a person we know
            return self._kin(tok, role)
        for child in tok.children:
            if child.dep_ == "appos" and self.index.actor_ids(child):
                found = [a for c in with_conjuncts([child]) for a in self.index.actor_ids(c)]
                return [(a, "arg:appos") for a in dict.fromkeys(found)]
            if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS:
                # "a group calling itself the Brigade of the Free Hills" (issue 14, case 07)
                named = [a for c in child.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")
                         for a in self.index.actor_ids(c)]
                if named:
                    return [(a, "arg:self-named") for a in dict.fromkeys(named)]
        if tok.ent_id_ and tok.ent_type_ in ("NORP", "GPE"):
            parsed = split_ent_id(tok.ent_id_)
            if parsed and parsed[1] in self.res.countries:
                kind, code = parsed
                return [(f"{code}GOV" if kind == "metonym" else code, f"arg:{kind}")]
        lemma = tok.lemma_.lower()
        if role == "target" and (told := reported(self, tok)):
            return told
        if lemma in PART_WORDS and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Many in Congress have denounced…", "some in the government": its members
            inner = [found for prep in tok.children if prep.dep_ == "prep"
                     and prep.lower_ in ("in", "of", "within") for pobj in pobjs(prep)
                     for found in self._one(pobj, role)]
            if inner:
                return [(a, "arg:part-of") for a, _ in dict.fromkeys(inner)]
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "nmod") and self.index.actor_ids(child):
                    why = "arg:member-of" if lemma in self.res.member_nouns else "arg:possessor"
                    return [(a, why) for a in self.index.actor_ids(child)]
            for child in tok.children:  # "concern about Russian military activity"
                if child.dep_ == "amod" and self.index.actor_ids(child) and tok.pos_ == "NOUN":
                    return [(a, "arg:possessor(amod)") for a in self.index.actor_ids(child)]
                parsed = split_ent_id(child.ent_id_) if child.dep_ == "compound" \
                    and role == "target" else None  # "the attack on the British Council"
                if parsed and parsed[0] == "demonym" and parsed[1] in self.res.countries:
                    return [(parsed[1], "arg:possessor(demonym)")]
            for child in tok.children if not (tok.pos_ == "PROPN" and lemma in WATERS) else ():
                if child.dep_ == "prep" and (child.lower_ in ("of", "from") or (
                        child.lower_ == "by" and tok.pos_ == "NOUN")):
                    # "delegations from Islamabad and Kabul": every conjunct; "efforts by
                    # the UN": the doer of an act (issue 13, real text: readouts)
                    inner = [found for pobj in with_conjuncts(pobjs(child))
                             for found in self._one(pobj, role)]
                    if inner:
                        why = "arg:member-of" if lemma in self.res.member_nouns else "arg:of"
                        return [(a, why) for a, _ in dict.fromkeys(inner)]
        return []

    def _kin(self, noun: Token, role: str) -> list[tuple[str, str]]:
        """ "three sons of Hamas leader Ismail Haniyeh", "Gaddafi's son Hannibal", "the
        brother of a Hamas commander": the relative's country, bare (sectors.yaml ``kin``);
        nothing when it has none."""
        relatives = [t for c in noun.children if c.dep_ == "poss" for t in with_conjuncts([c])]
        relatives += with_conjuncts(prep_objects(noun, ("of",)))
        found = [a for t in relatives for a, _ in self._one(t, role)]
        countries = [self.index.actors[a].country if a in self.index.actors else a[:3]
                     for a in found]
        return [(c, "arg:kin-of") for c in dict.fromkeys(countries)
                if c in self.res.countries]

    # -- frames -----------------------------------------------------------------------
    def find(self, trig: Trigger, token: Token) -> list[Arg]:
        frame = trig.frame
        if frame == "nominal":
            return self.nominal.args(trig, token)
        if frame == "copular":
            return self._copular(token)
        if frame == "appraisal":
            return appraisal_args(self, token)
        if frame == OWNED:
            return owned_verdict_args(self, token)
        if frame == "attend":
            subs, why = controller(token)
            return self.arguments("participant", subs, why)
        subs, why = self.controller(token)
        bare = token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj")
                                               for c in token.children)
        causative = bare and token.dep_ in ("ccomp", "xcomp") \
            and token.head.lemma_ in CAUSATIVES  # "Malta has had eight citizens turned back"
        if causative or (bare and why in PARTICIPLE_CONTROL and not any(
                c.dep_ == "nsubj" for c in token.children) and (why == "control:advcl" or (
                    (info := self.res.cameo_info(trig.cameo)) is not None
                    and info.quad_class in MATERIAL_QUADS))):
            # "died, shot by a sniper", "reported killed", "remain imprisoned": passive, done
            # to the subject it hangs on (not "is opposed to…": said); under a passive verb,
            # its subject ("Arrested in March, the journalist was sentenced by a court")
            if not causative and is_passive(token.head):
                subs = with_conjuncts([c for c in token.head.children if c.dep_ == "nsubjpass"])
            return self.arguments("target", subs, "frame:passive-participle") + \
                self.arguments("source", prep_objects(token, ("by",)), "frame:participle-by")
        if trig.subjects and token.dep_ == "relcl":  # "the trucks that had entered…"
            subs = [token.head if s.tag_ in RELATIVE_TAGS else s for s in subs]
        objs = direct_objects(token) or shared_objects(token, trig.own_preps)
        if not objs and self._headline_passive(token, trig):
            # "Chinese ship hijacked, British couple freed": a headline's bare participle
            return self.arguments("target", subs, "frame:headline-passive")
        args = self.arguments("source", subs, why)
        # "supplied the Ukrainian army with drones": what comes "with" is the theme, the
        # object its recipient (review of issue 13: the army was taken for a theme)
        equipped = trig.object == "theme" and "with" in trig.target_preps \
            and bool(prep_objects(token, ("with",))) and any(  # not "shared intelligence
                o.i in self.index.by_token or not self.is_theme(o, trig) for o in objs)  # with"
        themes: list[Token] = []
        if trig.object == "theme" and not equipped:  # "send its troops": no target
            themes = [o for o in objs if self.is_theme(o, trig)]
            if not args:
                args += self.arguments("source", themes, "frame:theme-owner")
            objs = [o for o in objs if o not in themes]
        topics: list[Token] = []
        if trig.object == "topic":  # "discussed Sudan": what is talked about takes no part
            topics, objs = objs, []
        if trig.object == "owned":  # "rejected a Brazilian proposal", "…a summit of the CSTO"
            owned = [o for o in objs if o.i not in self.index.by_token]
            objs = [o for o in objs if o.i in self.index.by_token]
            for thing in owned:  # "a policy …, which the UN criticised": its keeper's
                args += owner_args(self, thing) or antecedent_doers(self, token, thing)
            if not objs and not owned:  # "regretted that Russia had chosen…": its subject
                args += self.arguments("target", [s for c in token.children if c.dep_ == "ccomp"
                                              for s in c.children if s.dep_ == "nsubj"],
                                   "frame:clause-subject")
        args += self.arguments("target", objs, "frame:object")
        held_by = prep_objects(token, [p for p in trig.target_preps
                                       if not (equipped and p == "with")])
        args += self.arguments("target", held_by, "frame:prep")
        # "blamed the attack on Somali militants": they are accused, not the attack
        args += self.arguments("target", blamed_on(token), "frame:blamed-on")
        things = [t for t in prep_objects(token, ("on", "against"))
                  if t in held_by and t.i not in self.index.by_token]
        if things and not any(a.role == "target" for a in args):
            # "tariffs on goods from China" (the parser may hang "from" on the verb)
            origins = [o for t in (*things, token) for o in prep_objects(t, ("from",))]
            args += self.arguments("target", origins, "frame:prep-origin")
        for particle in (c for c in token.children if c.dep_ == "prep" and trig.particle
                         and c.lower_ == trig.particle):  # "pulled out of Syria"
            args += self.arguments("target", prep_objects(particle, trig.target_preps),
                                   "frame:prep")
        if trig.objects and trig.object == "target" and not any(a.role == "target" for a in args):
            # "sharing wiretap evidence with Ecuadorian prosecutors": the parser hangs the
            # verb's preposition on the object the trigger was chosen for (issue 13)
            held = [o for o in direct_objects(token) if o.lemma_.lower() in trig.objects]
            args += self.arguments("target", [p for o in held
                                          for p in prep_objects(o, trig.target_preps)],
                               "frame:prep-on-object")
            args += self.arguments("target", [g for c in infinitive_clauses(token)
                                              for g in c.children if g.dep_ == "nsubj"],
                                   "frame:clause-subject")  # "allowed inspectors to visit"
        if topics and not any(a.role == "target" for a in args) \
                and sum(a.role == "source" for a in args) <= 1:
            # "discussed security issues with President Saleh", "… with Qatar's prime
            # minister": the parser hangs the partner's preposition on the topic (issue 13,
            # real train); only a person or an office is surely a partner ("discussed
            # relations with Iran": Iran is the topic's)
            args += self.arguments("target", [p for o in topics
                                              for p in prep_objects(o, trig.target_preps)
                                              if p.ent_type_ == "PERSON" or (
                                                  p.pos_ == "NOUN"
                                                  and noun_sector(p, self.res) == "GOV")],
                                   "frame:prep-on-topic")
        if trig.object == "theme" and not any(a.role == "target" for a in args):
            # "dropped its objection to the EU's package", "its demand for a base on
            # Somalia's coast", "closed their embassies in Yemen": named inside the theme
            for theme in themes:
                inner = prep_objects(theme, (*THEME_PREPS, *trig.target_preps))
                inner += [o for p in inner for o in prep_objects(p, THEME_PREPS)]
                args += self.arguments("target", inner, "frame:theme-prep")
        if trig.type in self.res.events.clause_target_types and not objs:
            args += self._clause_target(token, args)
        if frame == "symmetric" and not any(a.role == "target" for a in args):
            sources = [a for a in args if a.role == "source"]
            if len(sources) > 1:
                for extra in sources[1:]:
                    extra.role = "target"
                    extra.why = "frame:symmetric-conjunct"
        return args

    def _headline_passive(self, verb: Token, trig: Trigger) -> bool:
        """A headline's past form with a subject (or after its noun, parsed as the noun's
        modifier: "Dutch couple freed in Somalia"), no auxiliary and no object is a passive
        with its "was" left out ("Chinese ship hijacked", "British couple freed"; headlines
        tell the past in the present: "Kenyan navy kills three"), unless a preposition names
        whom it was done to or by ("Navy fired on pirates") or a clause says what it is
        ("Russia Threatened to Retaliate"). Only for acts done to someone (no mutual type):
        material ones, words of ``headline_passive_verbs`` ("Afghan team honored for
        'courageous achievement'"; issue 13, real train) and verbs of ``object_control``
        with their clause ("Iran urged to return to talks", "Diplomats ordered to
        leave")."""
        info = self.res.cameo_info(trig.cameo)
        lexicon = self.res.events
        lemma = verb.lemma_.lower()
        clause = any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i for c in verb.children)
        controls = lemma in lexicon.object_control  # "Iran urged to return to talks"
        return verb.idx < self.headline_end and verb.tag_ in ("VBD", "VBN") \
            and trig.frame == "transitive" and info is not None \
            and (info.quad_class in MATERIAL_QUADS or (controls and clause)
                 or lemma in lexicon.headline_passive_verbs) \
            and trig.type not in lexicon.mutual_types and (controls or not clause) \
            and (any(c.dep_ == "nsubj" for c in verb.children) or (
                verb.dep_ == "acl" and verb.head.dep_ == "ROOT")) \
            and not any(c.dep_ in ("aux", "auxpass", "agent") or (
                c.dep_ == "prep" and c.lower_ in (*trig.target_preps, "by"))
                for c in verb.children)  # "Dutch couple freed in Somalia" still is

    def controller(self, verb: Token) -> tuple[list[Token], str]:
        """The verb's subjects; for "asked/urged/called on X to <verb>", X; none for an act
        judged ("Minister condemns shelling of Kharkiv": the condemner does not shell)."""
        verb = aspect_host(verb)  # "asked X to resume sending troops": as "to send"
        head = verb.head
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and any(
                t.object == "owned" and t.type in JUDGING_TYPES
                for t in self.res.events.triggers.get(
                    (head.lemma_.lower(), "VERB"), ())):
            return [], "frame:judged-act"
        if verb.dep_ == "pcomp" and self.nominal.judged_for(verb, head.head):
            # "criticized his opponent for visiting…": the one judged visited
            return direct_objects(head.head), "control:judged-for"
        infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                                  for c in verb.children)
        if (verb.dep_ in ("xcomp", "ccomp") or infinitive) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and head.lemma_.lower() in self.res.events.object_control \
                and not phone_call(head):  # "called Obama to ask…": the caller asks
            objs = direct_objects(head) or prep_objects(head, ("on", "upon"))
            if objs and not is_passive(head):
                return objs, f"control:object({head.lemma_.lower()})"
        return controller(verb)

    def is_theme(self, tok: Token, trig: Trigger) -> bool:
        lemma = tok.lemma_.lower()
        return (lemma in trig.objects or lemma in self.res.sector_nouns
                or lemma in self.res.theme_nouns or tok.like_num)

    def arguments(self, role: str, tokens: Iterable[Token], why: str) -> list[Arg]:
        """The actors each of ``tokens`` stands for, in ``role``; ``why`` is the frame rule
        (the lookup's own rule is added after a "+")."""
        out = []
        for tok in tokens:
            for actor, at, how in self.actors_of(tok, role):
                out.append(Arg(role, at, actor, f"{why}+{how}"))
        return out

    def _clause_target(self, verb: Token, args: list[Arg]) -> list[Arg]:
        """ "refused to share intelligence with ECOWAS", "agreed to send two aircraft to
        Greece": a refusal or a commitment is made to the first actor the clause it governs
        names, not to its maker (docs/eval.md, embedded events: each is at the one the act
        is refused or promised to)."""
        sources = {a.actor for a in args if a.role == "source"}
        if any(a.role == "target" for a in args):
            return []
        found = (a for c in verb.children if c.dep_ == "xcomp" for t in c.subtree
                 if not _no_party(t, c)  # the foe of the act, or its broker, is no party
                 for a in self.arguments("target", [t], "frame:governed-clause")
                 if a.actor not in sources)
        unlisted: list[Arg] = []  # "Torkham": a place, kept only when no listed actor
        for arg in found:
            if not arg.actor.startswith("x-"):
                return [arg]
            unlisted = unlisted or [arg]
        return unlisted

    def _copular(self, adp: Token) -> list[Arg]:
        head = adp.head
        if head.lemma_ not in ("be", "stand", "remain") or adp.dep_ != "prep":
            return []
        subs, why = controller(head)
        args = self.arguments("source", subs, why)
        args += self.arguments("target", pobjs(adp), "frame:copular-object")
        return args


def aimed_at(token: Token, trig: Trigger) -> bool:
    """Whether the trigger names what it is aimed at, actor or not: a direct object of a
    verb, or an object of one of its target prepositions ("the attack on our mission")."""
    preps = [p for p in trig.target_preps if p not in ("between", "among")]
    if prep_objects(token, tuple(preps)):
        return True
    return trig.pos == "VERB" and bool(direct_objects(token))
