"""Headlines in Title Case (issue 13): "Kenyan Navy Kills Three Pirates Off Somali Coast".

The English model was trained on sentence-cased text; a headline whose every word is
capitalised parses as one long proper name (no verb, no event). :class:`HeadlineCase` gives
the text with its first line sentence-cased — each capitalised word lowered unless it is a
name — for the model to parse, and :func:`restore` puts the original words back into the
parsed Doc. Lowering changes no character's position, so every offset, span and annotation
of the parse holds for the original text.

A word of a Title Case line is lowered when it is a function word (spaCy's English stop
words), a word of our lexicons (event triggers with their inflections, sector nouns,
titles), or a word the rest of the text writes in lower case; it stays as it is when it is
the line's first word, is written in capitals ("US", "NATO"), holds a digit, or is part of a
name the actor dictionaries know ("Somali", "Taiwan", "Biden").
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .resources import Resources

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
MIN_WORDS = 3  # "Obama Visits Kenya"
TITLE_SHARE = 0.75  # of the words after the first, this many are capitalised
SUFFIXES = ("", "s", "es", "d", "ed", "ing")
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_ID]


class HeadlineCase:
    """Knows which words may be lowered; built once from the package data."""

    def __init__(self, res: Resources, names: list[str]):
        words = {lemma for lemma, _pos in res.events.triggers}
        words |= {*res.events.light_verbs, *res.events.object_control,
                  *res.attribution.speech_verbs}
        words |= {w for noun in res.sector_nouns for w in noun.split()}
        words |= {w for title in res.titles for w in title.split()}
        self.lexicon = frozenset(w.lower() for w in words)
        # one-word names stay as they are ("Kenyan", "Taiwan", "Biden"); the words of longer
        # names are lowered only when our lexicons or the body have them in lower case
        self.names = frozenset(name for name in names if " " not in name)

    def _lexical(self, lower: str) -> bool:
        return lower in STOP_WORDS or any(
            lower.endswith(suffix) and lower[: len(lower) - len(suffix)] in self.lexicon
            for suffix in SUFFIXES)

    def sentence_cased(self, text: str) -> str | None:
        """``text`` with its first line sentence-cased, or None when that line is not in
        Title Case (the text then parses as it is)."""
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = list(WORD.finditer(text, start, end))
        if len(words) < MIN_WORDS:
            return None
        later = [m for m in words[1:] if len(m.group()) > 3 or m.group()[0].isupper()]
        capitalised = [m for m in later if m.group()[0].isupper()]
        if not later or len(capitalised) / len(later) < TITLE_SHARE:
            return None
        rest = set(WORD.findall(text[end:]))
        chars = list(text)
        for m in words[1:]:
            word = m.group()
            if not word[0].isupper() or word.isupper() or word in self.names:
                continue
            lower = word.lower()
            if self._lexical(lower) or lower in rest:
                chars[m.start()] = lower[0]
        cased = "".join(chars)
        return cased if cased != text else None


def restore(doc: Doc, text: str) -> Doc:
    """The parse ``doc`` of a sentence-cased copy, with the words of ``text`` (the same
    length, the same characters but for case) and every annotation of the parse."""
    words, spaces = [], []
    for token in doc:
        words.append(text[token.idx : token.idx + len(token.text)])
        spaces.append(bool(token.whitespace_))
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(ATTRS, doc.to_array(ATTRS))
    return out
