"""The language of an article, and the rule that only English is analysed.

The analysis (dictionaries, triggers, spaCy's English model) is for English: a German page
gives actors like "Jahr", and every Arabic, Cyrillic, Thai or Chinese name the same actor
``x-``. So other languages are recorded as skipped, with their language, never analysed.

Detection (offline, py3langid: a naive Bayes model of byte n-grams, 140 languages) is
unreliable on a headline: "Israel attacked Iran." comes out Swedish. Hence, in this order:

1. no letters, or a text in Latin script with under ``MIN_LETTERS`` letters: English (too
   short to tell; analysing it costs little, dropping an English brief loses it);
2. mostly non-Latin letters: the language py3langid names (it is never English);
3. English function words make up ``ENGLISH_SHARE`` of the words or more: English (real
   English news runs 25-40%; German, French or Spanish text under 5%);
4. else py3langid's language if it is sure (probability >= ``CONFIDENT``), else English.

``tests/ingest/test_language.py`` checks that every real English text of the project
(examples, tests/gold/real, the gold items' texts) is detected as English.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..inputs import Skipped
from ..model import Document

ENGLISH = "en"
MIN_LETTERS = 20
SAMPLE_CHARS = 5000  # the start of a long text says enough
ENGLISH_SHARE = 0.12
CONFIDENT = 0.9
# Frequent English words that are not also frequent words of German, Dutch, French,
# Spanish, Italian or Portuguese ("in", "was", "will", "an", "a" are, so they are left out).
ENGLISH_WORDS = frozenset(
    "the of and to for that said with by from has have it its were be are who this but "
    "after their they he she his her not been which would or had than about into over "
    "also when more could there while against".split())
WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _latin(letter: str) -> bool:
    return letter <= "\u024f" or "\u1e00" <= letter <= "\u1eff"


def detect_language(text: str) -> str:
    """The ISO 639 code (``en``, ``de``, ``zh``…) of ``text``'s language, by the rules of
    this module; ``und`` for a non-Latin text the model calls English."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    latin = sum(1 for c in letters if _latin(c))
    if not letters or (latin * 2 > len(letters) and len(letters) < MIN_LETTERS):
        return ENGLISH
    if latin * 2 <= len(letters):
        code = _identifier().classify(sample)[0]
        return "und" if code == ENGLISH else code
    words = WORD.findall(sample.lower())
    if sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return ENGLISH
    code, probability = _identifier().classify(sample)
    return code if probability >= CONFIDENT else ENGLISH


def language_name(code: str) -> str:
    """The English name of a language code (``de`` -> ``German``), else the code."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else \
        pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code


def check_english(doc: Document, name: str | None = None) -> None:
    """Set ``doc.language`` (when unset) and raise :class:`Skipped` naming the input and
    the language unless it is English: "German text (de), not analysed: only English is"."""
    if doc.language is None:
        doc.language = detect_language(doc.text)
    if doc.language != ENGLISH:
        what = "text in an unknown non-Latin script" if doc.language == "und" \
            else f"{language_name(doc.language)} text"
        raise Skipped(name or doc.path or doc.id,
                      f"{what} ({doc.language}), not analysed: only English is")
