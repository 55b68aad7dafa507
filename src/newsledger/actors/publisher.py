"""The body that publishes a document, read from its outlet (issue 13): a press release of
"U.S. Department of State" or "The White House, Office of the Press Secretary" is a
statement of the US government (USAGOV), one of "Foreign, Commonwealth & Development
Office" of the UK government's (GBRGOV). News outlets ("Reuters", "BBC News": sector JRN),
outlets we do not know ("Wikinews") and people publish no statement of a state: they give
``None``. An outlet that is a web host (a feed's site, "www.state.gov") is looked up in
data/actors/publishers.yaml, it and its parent domains, and is not parsed.

The outlet is parsed like text (the pipeline's model and the actor stage) and read in this
order:
1. parenthesised notes go ("(copy on example.blogspot.com)", "(via …)");
2. an official body whose mention holds the outlet's head noun ("The White House, …");
3. when the head noun names a state's own office ("U.S. Mission to the OSCE", "Ministry of
   Foreign Affairs of Pakistan"), the first country named in its own phrase (not after a
   comma: "Department of Journalism, University of Nairobi, Kenya"): its government;
4. the first official body named (a government, military, police, legislature, judiciary
   or intelligence sector, an intergovernmental or non-governmental organisation).
Official sectors and organisation prefixes per the PLOVER sector codes (shared
ONTOLOGY.md); the office nouns below are ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from spacy.tokens import Doc, Token

from ..model import Actor
from ..parse import Parse
from ..syntax import trigger_verb
from .dictionary import ActorDictionary
from .index import ActorIndex

OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "IGO", "NGO"})
OFFICIAL_PREFIXES = ("IGO", "NGO")
# Head nouns that name a state's own office: "U.S. Mission to the OSCE" is the US's.
OFFICE_NOUNS = frozenset({"mission", "embassy", "consulate", "office", "department",
                          "ministry", "government", "presidency", "cabinet", "chancellery"})
NOTE = re.compile(r"\([^)]*\)")
MAX_KNOWN = 4096  # outlets kept parsed; a feed reader meets far fewer
MAX_OUTLET = 300  # characters of an outlet read (a name, not a text)
MISSING = object()
HOST = re.compile(r"(?i)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}")  # "www.state.gov"

Find = Callable[[Doc], ActorIndex]  # the actor stage on a parsed outlet


def _official(actor: Actor) -> bool:
    return actor.kind == "organization" and (
        (actor.sector or "") in OFFICIAL_SECTORS or actor.id.startswith(OFFICIAL_PREFIXES))


class Publisher:
    """The stage that reads the document's outlet: ``parse.publisher`` is the official
    body that issues it (an :class:`Actor` with no mentions), or None. Outlets are few, so
    each is parsed once and kept."""

    reads: ClassVar[tuple[str, ...]] = ("document",)
    sets: ClassVar[tuple[str, ...]] = ("publisher",)

    def __init__(self, parse_text: Callable[[str], Doc], find: Find,
                 dictionary: ActorDictionary):
        self.parse_text = parse_text
        self.find = find
        self.dictionary = dictionary
        self._known: dict[str, Actor | None] = {}

    def __call__(self, parse: Parse[ActorIndex]) -> None:
        parse.publisher = self.of(parse.document.outlet)

    def of(self, outlet: str | None) -> Actor | None:
        """The official body behind ``outlet`` (a fresh Actor each call), or None."""
        name = NOTE.sub(" ", outlet or "").strip()[:MAX_OUTLET]
        if not name:
            return None
        if HOST.fullmatch(name):  # a feed's site ("state.gov"): the table of hosts
            return self._host(name.lower())
        found = self._known.get(name, MISSING)
        if found is MISSING:
            found = self._read(name)
            if len(self._known) >= MAX_KNOWN:
                self._known.clear()
            self._known[name] = found
        return None if found is None else self.dictionary.make(found.id)

    def _host(self, host: str) -> Actor | None:
        """The body a web host (or a parent domain of it) serves, per
        data/actors/publishers.yaml; None for any other site."""
        hosts = self.dictionary.res.publisher_hosts
        parts = host.split(".")
        for i in range(len(parts) - 1):
            actor_id = hosts.get(".".join(parts[i:]))
            if actor_id is not None:
                return self.dictionary.make(actor_id)
        return None

    def _read(self, name: str) -> Actor | None:
        doc = self.parse_text(name)
        index = self.find(doc)
        root = next((s.root for s in doc.sents), None)
        if root is None:
            return None
        owner = index.by_token.get(root.i)
        if owner is not None and _official(index.actors[owner]):
            return index.actors[owner]
        if root.lemma_.lower() in OFFICE_NOUNS:
            # the head noun's own phrase, not what follows a comma ("Department of
            # Journalism, University of Nairobi, Kenya" is no government's)
            for token in _own_phrase(root):
                code = index.by_token.get(token.i)
                if code in self.dictionary.res.countries:
                    return self.dictionary.make(f"{code}GOV")
        for token in doc:
            actor_id = index.by_token.get(token.i)
            if actor_id is not None and _official(index.actors[actor_id]):
                return index.actors[actor_id]
        return None


def _own_phrase(root: Token) -> list[Token]:
    """The head noun and what hangs on it, leaving out appositions and coordinated parts
    after a comma."""
    out = [root]
    for child in root.children:
        if child.dep_ not in ("appos", "conj", "punct", "cc"):
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


# Words of a ministry named without its country ("the Foreign Office", "the Ministry of
# Foreign Affairs"): in a document a government body publishes, its own.
MINISTRY_WORDS = frozenset(("the", "foreign", "office", "ministry", "department", "of",
                            "affairs", "state", "defence", "defense", "home", "interior",
                            "external"))


def own_ministry(index: ActorIndex, publisher: Actor) -> None:
    """ "Foreign Office Minister condemns…" in a release of the Foreign & Commonwealth
    Office: the unlisted "Foreign Office" is the publisher (issue 13, real train); bare, it
    is no one's in a news report, as the dictionary leaves it."""
    own = {w.lower() for w in re.findall(r"\w+", publisher.name)}
    for start, end in sorted(set(index.spans().values())):
        actor = index.actors.get(index.by_token.get(start, ""))
        words = {t.lower_ for t in index.doc[start:end]} - {"the", "of"}
        # only the publisher's own ministry: "Foreign Office" in the Foreign & Commonwealth
        # Office's release, never "the Interior Ministry" in the State Department's (review)
        if actor is not None and actor.id.startswith("x-") and actor.country is None \
                and words <= MINISTRY_WORDS & own \
                and words & {"office", "ministry", "department"}:
            index.reassign(start, end, publisher, "coref:publisher(ministry)")


OBJECT_DEPS = ("dobj", "iobj", "dative", "pobj")  # a title told as an object


def named_before(title: Token, index: ActorIndex, publisher: Actor) -> str | None:
    """The person of another country the title was given to earlier in the same sentence
    ("met Yemeni President Ali Abdallah Salih in Riyadh to wish the President a speedy
    recovery": Salih, not the publisher's president; issue 13, real train), or None. Only
    for a title told as an object, in a clause whose subject is not that person: a readout's
    subject "the President" is its own ("After meeting President Erdogan, the President
    told reporters…"), and no one thanks themselves ("President Ruto thanked the
    President", "President Sisi, who thanked the President")."""
    if title.dep_ not in OBJECT_DEPS:
        return None
    sent = index.sentence_of[title.i]
    office = _office_words(title)
    for word in index.doc[: title.i]:
        if index.sentence_of[word.i] != sent or word.lower_ != title.lower_ \
                or word.dep_ != "compound" or _office_words(word) != office:
            continue  # "the Vice President" is not "President Poroshenko"
        actor = index.actors.get(index.by_token.get(word.head.i, ""))
        if actor is not None and actor.kind == "person" \
                and actor.country != publisher.country and not _subject_of(title, word.head,
                                                                           index, actor.id):
            return actor.id
    return None


def _subject_of(title: Token, person: Token, index: ActorIndex, actor_id: str) -> bool:
    """The person is the subject of the clause the title is in: named, or as "who"."""
    verb = trigger_verb(title)
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if index.by_token.get(subject.i) == actor_id or (
                subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl"
                and verb.head.i == person.i):
            return True
    return False


def _office_words(title: Token) -> tuple[str, ...]:
    """The words of an office before its head, without a nationality: "Vice" of "the Vice
    President", nothing of "Yemeni President"."""
    return tuple(c.lower_ for c in title.lefts
                 if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE"))
