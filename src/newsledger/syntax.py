"""Dependency-tree helpers shared by the actor, event and claim stages.

Pure functions over spaCy tokens: passives, conjuncts, prepositional objects, and the
``controller`` that finds the subject of a verb that has none of its own by climbing
control and raising chains ("agreed to send", "take the lead in disarming").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

PASSIVE_DEPS = ("nsubjpass", "auxpass")
RELATIVE_TAGS = ("WDT", "WP", "WRB")  # which, that, who, whom; where, when, why
HYPHENS = ("-", "–")  # joining two names: "US-China talks" (hyphen, en dash)
# Adjectives whose subject is the object of their clause, not its doer: "Taiwan is
# difficult to invade" (English "tough" constructions; review of issue 13).
TOUGH_ADJECTIVES = frozenset(("difficult", "hard", "easy", "impossible", "tough", "simple",
                              "safe", "dangerous", "costly", "expensive", "possible"))
CONTROL_DEPS = ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "relcl")


def is_passive(verb: Token) -> bool:
    """A passive verb: its own passive auxiliary or subject, or a bare participle joined to a
    passive verb ("was arrested and charged", "was convicted … but acquitted of…")."""
    if any(c.dep_ in PASSIVE_DEPS for c in verb.children) or reduced_relative(verb):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i < verb.i \
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children) \
        and is_passive(verb.head)


def reduced_relative(verb: Token) -> bool:
    """A past participle after its noun: "a journalist kidnapped in May", "soldiers
    abducted by al-Shabaab" -- the noun is what was done to, the by-phrase the doer. Not
    one with an object of its own: "Israeli airstrikes killed 20 Palestinians", parsed as
    "airstrikes [that were] killed", is the main verb misparsed (issue 13)."""
    head = verb.head  # a noun as the root is the main verb misparsed: "the secretary called"
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ != "ROOT" \
        and head.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children)


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return list(dict.fromkeys(out))


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def prep_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
            out.extend(pobjs(child))
    return out


def own_subjects(verb: Token) -> list[Token]:
    if is_passive(verb):
        agents = [p for c in verb.children if c.dep_ == "agent" for p in pobjs(c)]
        # "Somalia has been promised two helicopters by Turkey": the parser hangs the
        # agent on the retained object of a passive verb of giving (issue 13)
        return agents or [p for o in verb.children if o.dep_ == "dobj"
                          for p in prep_objects(o, ("by",))]
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")
            and c.dep_ != "expl" and not place_country(c)]


def place_country(token: Token) -> bool:
    """ "A court in Istanbul, Turkey acquitted…": the country after a place and a comma
    names where the place is, when the place is in a prepositional phrase of the verb's
    other subject; the parser makes it a second subject (issue 13, real train: "A judge in
    Baghdad, Iraq has cleared…"). "Greece, Turkey agree" and a fronted "During a visit to
    Beijing, Pakistan signed…" keep their subjects."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # "Riyadh, Saudi Arabia": from the name's first word
    if start < 2 or token.ent_type_ != "GPE" or doc[start - 1].text != ",":
        return False
    place = doc[start - 2]
    holder = place.head.head  # the noun the place's preposition hangs on
    return place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC", "FAC") \
        and holder.dep_ == "nsubj" and holder.head.i == token.head.i and holder.i != token.i


def controller(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Subjects of ``verb``, looking up control/raising chains when it has none, and for a
    verb the parser joined to a noun object, that object's verb ("using gas and arresting
    protesters")."""
    subs = own_subjects(verb)
    if subs or depth > 4:
        return subs, "frame:subject"
    if is_passive(verb):
        return [], "frame:passive-no-agent"
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return [], "frame:no-subject"
    if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if head.dep_ in ("attr", "acomp") or head.dep_ == "pobj":
            subs, _ = controller(head.head, depth + 1)
            return subs, "control:noun-of-copula"
        return [head], "control:noun"
    if dep == "pcomp" or (dep == "pobj" and head.pos_ == "ADP"):
        anchor = head.head
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.head.pos_ in ("VERB", "AUX"):
            anchor = anchor.head
        subs, _ = controller(anchor, depth + 1)
        return subs, "control:prepositional"
    if dep in CONTROL_DEPS and head.pos_ in ("VERB", "AUX"):
        subs, _ = controller(head, depth + 1)
        return subs, f"control:{dep}"
    if dep == "conj" and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" \
            and head.head.pos_ in ("VERB", "AUX"):
        # "police using tear gas and arresting protesters", parsed with "arresting" joined
        # to "gas": the verb shares the subject of the verb whose object it hangs from
        subs, _ = controller(head.head, depth + 1)
        return subs, "control:conj-of-object"
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):
        subs, _ = controller(head, depth + 1)  # "Chile is ready …", "remains committed …"
        return subs, "control:adjective"
    if dep == "xcomp" and head.pos_ == "NOUN" and head.dep_ == "ROOT":
        # "The US and South Korea plan to hold exercises", with "plan" parsed a noun that
        # has a subject (issue 13, real train): the verb it stands for controls
        subs = with_conjuncts([c for c in head.children if c.dep_ == "nsubj"])
        return subs, "control:noun-as-verb"
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" \
            and head.lemma_.lower() not in TOUGH_ADJECTIVES:
        subs, _ = controller(head.head, depth + 1)  # "Chile is ready to send troops"
        return subs, "control:adjective"
    return [], "frame:no-subject"


def direct_objects(verb: Token) -> list[Token]:
    """A verb's objects; a passive verb's, its subject, or the subject of the verb it is
    joined to ("Selek spent two years in prison but has been acquitted"); a reduced
    relative's, its noun ("a journalist kidnapped in May"); a relative clause's whose
    object is the relative pronoun or left out, the noun it tells of ("the decision, which
    Spain condemned", "the information Manning released")."""
    if reduced_relative(verb):
        return [verb.head]
    if is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        head = verb.head
        if subjects or verb.dep_ != "conj" or head.i >= verb.i or any(
                c.dep_ == "nsubj" for c in verb.children):
            return subjects
        if is_passive(head):
            return direct_objects(head)
        return [c for c in head.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the policy, which Australia criticised", "the information Manning released":
        # the relative clause's object is the noun it tells of
        relative = [o for o in objects if o.tag_ in RELATIVE_TAGS]
        if relative:  # "whom NATO accused Russia of supporting": Russia is the object
            objects = [o for o in objects if o not in relative] or [verb.head]
        elif not objects and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS
                                 for c in verb.children) \
                and not any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.tag_ in RELATIVE_TAGS
                            or (c.dep_ == "prep" and any(o.tag_ in RELATIVE_TAGS
                                                         for o in c.children))
                            for c in verb.children):
            objects = [verb.head]  # not "Russia, which invaded", "Minsk, where police…"
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if not objects and len(predicates) == 1 and predicates[0].pos_ == "PROPN":
        # "called Yemeni President Hadi today", parsed as an object predicate with no
        # object it is said of (issue 13, real dev); "called Putin a war criminal" has two
        return predicates
    return objects


def clause_doers(noun: Token, steps: int = 8) -> list[Token]:
    """The subjects of the clause a noun phrase sits in, up through prepositions, objects
    and subjectless verbal complements ("Malaysia and Indonesia have kept a policy of
    turning away boats of migrants": Malaysia and Indonesia for "migrants"); [] when a
    finite verb with no subject or any other link comes first."""
    cur = noun
    for _ in range(steps):
        if cur.pos_ in ("VERB", "AUX") and cur != noun:
            subjects = [c for c in cur.children if c.dep_ == "nsubj"
                        and c.tag_ not in RELATIVE_TAGS]
            if subjects:
                return with_conjuncts(subjects)
            if cur.dep_ not in ("pcomp", "xcomp", "acl"):
                return []
        if cur.dep_ not in ("pobj", "dobj", "pcomp", "prep", "xcomp", "acl", "conj", "appos") \
                or cur.head == cur:
            return []
        cur = cur.head
    return []


def time_prep(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Friday", "in May")."""
    objects = pobjs(prep)
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def asked_copula(adjective: Token) -> bool:
    """ "Is Iran willing to…?": the adjective's copula comes before its subject."""
    copula = adjective.head
    return copula.i < adjective.i and any(c.dep_ in ("nsubj", "expl") and c.i > copula.i
                                          for c in copula.children)


def own_complement(verb: Token, preps: Collection[str] = (), before: int | None = None
                   ) -> bool:
    """Whether ``verb`` has a complement of its own (before token ``before``, if given): an
    object, a clause, a dative, or an object of one of ``preps`` (the trigger's own: "called
    for an end", not "condemned in the strongest terms" or "shot at")."""
    return any((c.dep_ in ("dobj", "xcomp", "ccomp", "dative") or (
        c.dep_ == "prep" and c.lower_ in preps and bool(pobjs(c))))
        and (before is None or c.i < before) for c in verb.children)


def shared_objects(verb: Token, preps: Collection[str] = ()) -> list[Token]:
    """"aided and supported Hamas": the first verb shares its conjunct's object; not one
    with a complement of its own (:func:`own_complement`, ``preps`` its trigger's own)
    before it ("called for an end to the violence and urged the army to…": no call on the
    army)."""
    if verb.pos_ != "VERB":
        return []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not own_subjects(conj) \
                and not own_complement(verb, preps, before=conj.i):
            objs = direct_objects(conj)
            if objs:
                return objs
    return []


# "Panamanian-flagged", "Saudi-led", "Iran-backed": a participle joined to a name that says
# whose flag, lead or backing a thing has (actors/scene.py: no scene; events/status.py: no
# plan). Not "based": "Pakistan-based militants" are Pakistan's.
ATTRIBUTIVE = frozenset({"flagged", "registered", "owned", "built", "made", "led", "backed",
                         "funded", "sponsored", "brokered"})
BLAME_VERBS = frozenset({"blame", "pin"})


def attributive(word: Token) -> bool:
    """ "Saudi-led", "Panamanian-flagged": ``word`` is a participle of :data:`ATTRIBUTIVE`
    joined by a hyphen to the word before it."""
    return word.lower_ in ATTRIBUTIVE and word.i >= 2 and word.doc[word.i - 1].text in HYPHENS


def blamed_on(verb: Token) -> list[Token]:
    """ "blamed the attack on Somali militants", "pinned the bombing on the Taliban": whom
    a verb of blame puts an act on, the object of "on" on the verb or on its object (the
    parser hangs it on either; in the passive, on the verb only). Empty for any other
    verb."""
    if verb.lemma_.lower() not in BLAME_VERBS:
        return []
    if is_passive(verb):  # "the attack on X was blamed on Kenya": Kenya only
        return prep_objects(verb, ("on",))
    return [p for t in (verb, *direct_objects(verb)) for p in prep_objects(t, ("on",))]


MEASURES = frozenset({"million", "billion", "package", "tonne", "ton", "amount", "worth",
                      "shipment", "consignment", "batch", "round", "sum"})


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs from: "held a meeting", "present in the meeting"."""
    tok = noun
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            return head.head
        if head.pos_ in ("ADP",) or tok.dep_ in ("compound", "amod", "conj"):
            tok = head
            continue
        if tok.dep_ == "prep" and (head.pos_ == "NUM" or head.lemma_.lower() in MEASURES):
            tok = head  # "approved $50 million in aid": the aid is what was approved
            continue
        return None
    return None


def trigger_verb(token: Token) -> Token | None:
    """The verb of a trigger: itself, or the verb a noun trigger hangs from."""
    return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)


def nobody_did(verb: Token) -> bool:
    """The doer is nobody: "No Cambodian soldier fired a single shot", "Nobody attacked
    the convoy" (issue 15) — the active subject of the trigger verb itself; "No one
    was killed in the attack" negates no attack."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none", "nothing") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children)


def predicated(noun: Token, verb: Token) -> bool:
    """The noun is the subject of "be" with a predicate, so a "not" on the verb denies the
    predicate, not the noun's event: "the attacks were not uncommon", "the attack was not
    a surprise" (issue 13, real train)."""
    return noun.i != verb.i and noun.dep_ == "nsubj" and noun.head.i == verb.i \
        and verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)


def has_negation(verb: Token) -> bool:
    """The verb carries a "not" or "never" of its own."""
    return any(c.dep_ == "neg" for c in verb.children)


def is_question(sent: Span) -> bool:
    """The sentence asks: it ends with a question mark ("Did thousands protest?")."""
    return sent.text.rstrip().endswith("?")


def distributive(token: Token) -> bool:
    """ "Spain and Portugal each agreed to…": each acts alone, not on the other."""
    near = [*token.children, *(c for s in token.children if s.dep_ == "nsubj"
                               for c in s.children)]
    return any(t.lower_ == "each" for t in near)


def phone_call(verb: Token) -> bool:
    """ "called President Karzai to get an update": "call" with a named person as its object
    is a telephone call, neither a demand nor a verb whose object does what follows ("called
    on", "called for" still are; issue 13, real text)."""
    def demand(prep: Token) -> bool:  # "called on Friday" names a day, not an addressee
        return prep.dep_ == "prep" and prep.lower_ in ("for", "on", "upon") and not all(
            o.ent_type_ in ("DATE", "TIME") for o in pobjs(prep))

    return verb.lemma_.lower() == "call" and not any(demand(c) for c in verb.children) \
        and not is_passive(verb) \
        and any(o.ent_type_ == "PERSON" for o in direct_objects(verb))


CONDITIONS = ("if", "unless")


def conditional_clause(verb: Token, reported: bool = False) -> bool:
    """Whether ``verb``'s clause has an "if" or "unless" clause of its own ("would attack …
    if the broadcasts do not stop"), or with ``reported`` the clause it reports does ("warned
    that Israel would strike Beirut if rockets were fired"): a threat (issue 13). Being the
    condition itself does not count."""
    if reported:
        return any(is_condition(t) for c in verb.children if c.dep_ == "ccomp"
                   for t in c.subtree)
    return any(is_condition(c) for c in verb.children)


def is_condition(clause: Token) -> bool:
    """Whether ``clause`` is an "if" or "unless" clause (an advcl with that mark)."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                          for m in clause.children)


def infinitive_clauses(verb: Token) -> list[Token]:
    """The bare or "to" infinitive clauses ``verb`` governs with a subject of their own:
    "allowed inspectors to visit", "let the envoy enter" (the parser makes them ccomp)."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("mark", "aux", "auxpass") and g.lower_ != "to"
                        for g in c.children)]  # not "said that they will leave"


NAMING_DEPS = ("oprd", "xcomp", "ccomp")  # "called it a mistake": what it is named
NAMING_POS = ("NOUN", "PROPN", "ADJ")


def names_as(verb: Token, naming: Collection[str]) -> bool:
    """The verb names its object as something ("called the strike a provocation", "views
    the deployment as a threat"; ``naming``: lexicons/events.yaml ``appraising_verbs``): its
    object is judged, not done, called for or joined by the verb's subject."""
    if verb.lemma_.lower() not in naming:
        return False
    if any(c.dep_ in NAMING_DEPS and c.pos_ in NAMING_POS for c in verb.children) \
            or sum(c.dep_ == "dobj" for c in verb.children) > 1:  # "calls X a provocation"
        return True
    held = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "as" for t in held for c in t.children)
