"""What a name's own words and neighbours say about who it names (the actor stage's
unlisted names, mentions.py): a title before it, a country in an appositive, the same
person named in full before, and what the person acts on or speaks about (which places
them nowhere).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from ..nlp import family_name
from ..resources.actors import ActorEntry
from .dictionary import ActorDictionary
from .index import ActorIndex
from .sector_nouns import noun_sector
from .speaker import STATEMENT_NOUNS

# prepositions whose object a verb acts on ("thanked … for", "talks with", "fired on"), not
# where or when it acts ("in Islamabad", "during raids in Dhaka")
WHERE_PREPS = {"in", "at", "near", "inside", "around", "within", "across", "throughout"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over"}  # "a statement on Sudan"
ACTED_ON_PREPS = {"to", "with", "against", "on", "for", "toward", "towards", "behind", "from",
                  "into", "upon"}
MEMBERSHIP_VERBS = ("serve", "fight", "work", "belong")  # "a soldier serving in the army"


def title_start(doc: Doc, start: int, titles: dict[str, str]) -> tuple[int, str | None]:
    """Extend a person mention leftwards over a title ("Field Marshal", "PM")."""
    for width in (4, 3, 2, 1):
        if start - width < 0:
            continue
        words = doc[start - width : start].text
        if words in titles:
            return start - width, titles[words]
    return start, None


def appositive_country(ent: Span, index: ActorIndex, dictionary: ActorDictionary
                       ) -> tuple[str | None, str | None]:
    """``(country, sector)`` an appositive gives a name: "Chelsea Manning, a US Army
    soldier" (USA, MIL), "Pinar Selek, a Turkish sociologist" (TUR, None), "Jeff Rathke, the
    State Department Spokesperson" (USA, GOV: a body's sector goes with its country; issue
    13, real dev)."""
    for appos in (c for c in ent.root.children if c.dep_ == "appos"):
        clause = {t.i for c in appos.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        for tok in phrase_tokens(appos):
            owner = index.by_token.get(tok.i)
            actor = index.actors.get(owner) if owner else None
            code = actor.country if actor is not None else (
                dictionary.country_of_gpe(tok.text) if tok.ent_type_ in (
                    "NORP", "GPE") else None)
            if code and code in dictionary.res.countries:
                sector = actor.sector if actor is not None and actor.kind != "person" \
                    and tok.i != appos.i and tok.i not in clause else None
                if sector is None and appos.lemma_.lower() not in dictionary.res.member_nouns:
                    sector = noun_sector(appos, dictionary.res)  # "a Chilean soldier"
                return code, sector
    return None, None


def phrase_tokens(noun: Token) -> list[Token]:
    """The tokens of a noun's phrase without the clauses that hang from it ("a former
    general convicted of lying to the FBI": the FBI is not whose general he was; "a reporter
    covering the Israeli military" is not Israel's), except one that says whom the person
    serves ("a soldier serving in the Ukrainian army", ``MEMBERSHIP_VERBS``)."""
    out = [noun]
    for child in noun.children:
        if child.dep_ == "punct" or (child.dep_ in ("acl", "relcl") and (
                child.lemma_.lower() not in MEMBERSHIP_VERBS or any(
                    c.dep_ == "auxpass" for c in child.children))):
            continue
        out.extend(phrase_tokens(child))
    return sorted(out, key=lambda t: t.i)


def appositive_body(ent: Span, index: ActorIndex) -> Actor | None:
    """The international or non-governmental body an appositive makes a person speak for:
    "Rupert Colville, spokesman for the UN human rights office" (IGO), "Margaret Huang,
    executive director of the U.S. branch of Amnesty International" (NGO, not the USA;
    issue 13, real train). Bodies of a country are left to :func:`appositive_country`."""
    phrases = [c for c in ent.root.children if c.dep_ == "appos"]
    if ent.root.dep_ == "appos":  # "said spokesperson for the UN rights office, Rupert
        phrases.append(ent.root.head)  # Colville": the phrase the name is in apposition to
    for phrase in phrases:
        for tok in phrase.subtree:
            if ent.start <= tok.i < ent.end:
                continue
            actor = body_at(tok, index)
            if actor is not None:
                return actor
    return None


def body_at(tok: Token, index: ActorIndex) -> Actor | None:
    """The international or non-governmental body a token names, or None."""
    owner = index.by_token.get(tok.i)
    actor = index.actors.get(owner) if owner else None
    if actor is not None and actor.kind != "person" and actor.country is None \
            and actor.cameo_code and actor.sector:
        return actor
    return None


def others_country(ent: Span) -> frozenset[int]:
    """Token indexes of the places another person of the sentence is "of" ("Readout of Vice
    President Harris's Call With President Boric of Chile": Chile is Boric's, so it says
    nothing of Harris; issue 13, real text)."""
    out = set()
    for tok in ent.sent:
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if head is not None and head.ent_type_ == "PERSON" \
                and not ent.start <= head.i < ent.end and tok.ent_type_ == "GPE":
            out.add(tok.i if tok.ent_iob_ == "B" else _ent_start(tok))
    return frozenset(out)


def _ent_start(tok: Token) -> int:
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def named_before(ent: Span, index: ActorIndex,
                 people: Mapping[str, ActorEntry] | None = None) -> Actor | None:
    """A person named in full before, whose family name this one-word name is: an unlisted
    one ("Pinar Selek … Selek said"), or one of ``people`` whose family name others share,
    so that it is no name of its own ("South Korean President Lee Myung-bak … President
    Lee said"; issue 13, real train). The last named wins."""
    if len(ent) != 1 or not ent[0].is_title:
        return None
    found = None
    for actor in index.actors.values():
        if actor.kind != "person" or " " not in actor.name:
            continue
        person = (people or {}).get(actor.id)
        if actor.id.startswith("x-"):
            lasts = {actor.name.split()[-1]}
        elif person is not None:  # or as this text spelt it ("Ali Abdallah Salih")
            lasts = {family_name(person.name, person.surname)} | {
                m.text.split()[-1] for m in actor.mentions if " " in m.text}
        else:
            continue
        if ent.text in lasts and (found is None or _first_at(actor) > _first_at(found)):
            found = actor
    return found


def untagged_surnames(index: ActorIndex) -> None:
    """Add, in place, the family names the model tagged as no entity ("Chelsea Manning …
    Manning was convicted in 2013"; issue 13, real train) as mentions of the unlisted
    person named in full before them: a capitalised word of its own (the tagger takes an
    unknown name at a sentence's start for a noun), after that person's first mention,
    and no part of another actor's mention. The last named before wins, as in
    :func:`named_before`."""
    by_surname: dict[str, list[Actor]] = {}
    for actor in index.actors.values():
        if actor.id.startswith("x-") and actor.kind == "person" and " " in actor.name:
            by_surname.setdefault(actor.name.split()[-1], []).append(actor)
    if not by_surname:
        return
    for token in index.tokens:
        if token.text not in by_surname or token.i in index.by_token \
                or token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ \
                or token.dep_ == "compound" \
                or any(c.dep_ == "compound" for c in token.children):
            continue
        earlier = [a for a in by_surname[token.text] if _first_at(a) < token.idx]
        if earlier:
            index.add(max(earlier, key=_first_at), token.i, token.i + 1,
                      "name:surname-of-unlisted(untagged)")


def elided_names(index: ActorIndex, dictionary: ActorDictionary) -> None:
    """Add, in place, the name a coordination shortens: "North and South Korea" names North
    Korea too, "South and North Korea" South Korea (issue 13, real train: a Korean border
    story). The word before "and"/"or" plus the rest of the listed name after it must be
    a listed name of another actor, and the word no part of a mention."""
    doc = index.doc
    for actor in list(index.actors.values()):
        for mention in list(actor.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or len(span) < 2 or span.start < 2 \
                    or doc[span.start - 1].lower_ not in ("and", "or"):
                continue
            word = doc[span.start - 2]
            if word.i in index.by_token or not word.is_title:
                continue
            found = dictionary.lookup(f"{word.text} {span[1:].text}", fuzzy=False)
            if found is not None and found[0] != actor.id:
                index.add(dictionary.make(found[0]), word.i, word.i + 1,
                          f"name:elided({word.text} … {span[1:].text})")


def _first_at(actor: Actor) -> int:
    return min((m.start for m in actor.mentions), default=-1)


def statement_topic(person: Token) -> frozenset[int]:
    """What a statement is about, when the person is who it is from: in "Statement from
    NSC Spokesman Tommy Vietor on Violence in South Sudan" South Sudan is the topic, not
    the spokesman's country (issue 13, real dev: the issuer became South Sudan's)."""
    sent = person.sent
    # "Press Statement Mark C. Toner, Deputy Spokesperson" (or "Press Statement" on a line
    # of its own before the name): the byline of a statement; the headline before it is
    # what the statement is about, not where its issuer is from. A title-cased word: "the
    # immediate release of President Kafando" is no byline (issue 13, real train)
    before = person.doc[sent.start:person.i]
    if sent.start > 0:
        previous = person.doc[sent.start - 1].sent
        if len([t for t in previous if not t.is_space]) <= 3:
            before = person.doc[previous.start:person.i]
    byline = frozenset(range(before.start)) if any(
        t.lower_ in STATEMENT_NOUNS and t.is_title for t in before) else frozenset()
    chain = [person]
    while chain[-1].dep_ in ("appos", "compound") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    top = chain[-1]
    if top.dep_ != "pobj" or top.head.lower_ not in ("from", "by") \
            or top.head.head.lower_ not in STATEMENT_NOUNS:
        return byline
    chain.append(top.head.head)
    return byline | frozenset(t.i for tok in chain for c in tok.children
                              if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                              for t in c.subtree)


def acted_on(person: Token) -> frozenset[int]:
    """The tokens of what a person acts on: "President Harlan threatened Ruritania",
    "Nyusi thanked the United States" — a country there is not the person's (issue 13);
    where the person acts ("told reporters in Islamabad") still places them. The topic of
    a statement the person issues counts too (:func:`statement_topic`)."""
    if person.dep_ not in ("nsubj", "nsubjpass"):
        return statement_topic(person)
    verb = person.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ACTED_ON_PREPS
                for g in c.children if g.dep_ == "pobj"]
    # neither the object's owner nor where it is is acted on: "addressed Zambia's
    # parliament in Lusaka" places him
    aside = {t.i for o in objects for d in o.subtree
             if d.dep_ == "poss" or (d.dep_ == "prep" and d.lower_ in WHERE_PREPS)
             for t in d.subtree}
    return frozenset(t.i for o in objects for t in o.subtree if t.i not in aside)


def abbreviated(ent: Span, index: ActorIndex) -> Actor | None:
    """The actor a document defined an abbreviation for: "The Indian Ministry of External
    Affairs (MEA) denounced… The MEA issued a statement" (issue 13, real dev). The name
    must be written in capitals and stand in brackets straight after a mention of that
    actor, at or before ``ent``; a document's own definition beats any other reading. Only
    a body's, whose initials hold the letters in their order ("President Tinubu (APC)"
    names his party, "NAIROBI, Kenya (KNA)" the agency; review of issue 13)."""
    text, doc = ent.text, ent.doc
    if len(ent) != 1 or not text.isupper() or not 2 <= len(text) <= 8:
        return None
    for i in range(2, ent.end):
        if i + 1 < len(doc) and doc[i].text == text and doc[i - 1].text == "(" \
                and doc[i + 1].text == ")":
            owner = index.by_token.get(i - 2)
            span = index.mention_span(i - 2) if owner else None
            actor = index.actors[owner] if span is not None and span[1] == i - 1 else None
            if actor is not None and actor.kind == "organization" and _initials(
                    text, [t.text for t in doc[span[0] : span[1]]]):
                return actor
    return None


def _initials(letters: str, words: list[str]) -> bool:
    """ "MEA" in "Indian Ministry of External Affairs": each letter starts a later word."""
    starts = iter(w[0].upper() for w in words if w[:1].isupper())
    return all(any(s == letter for s in starts) for letter in letters)
