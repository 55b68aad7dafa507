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
the line's first word, is written in capitals ("US", "NATO"), or is part of a name the
actor dictionaries know ("Somali", "European Union", "Susan Rice"). A line in capitals
("KENYAN NAVY KILLS THREE PIRATES") is lowered but for its names, which take their own
case. A first line over :data:`MAX_LINE` characters is left alone.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .resources import Resources

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
LEADING_SPACE = re.compile(r"\s*")
MIN_WORDS = 3  # "Obama Visits Kenya"
MAX_LINE = 300  # characters: a longer first line is no headline (and stays as it is)
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
        words |= set(res.events.spellings)  # "Cease-Fire" (nlp.py keeps it one word)
        self.title_words = frozenset(w.lower() for title in res.titles for w in title.split())
        words |= self.title_words
        self.lexicon = frozenset(w.lower() for w in words)
        # names keep their own case: one-word names ("Kenyan", "Taiwan", "NATO") wherever
        # they stand, longer ones ("European Union", "Susan Rice") where the line has them
        self.names = {name.upper(): name for name in names if " " not in name}
        self.long_names = sorted({n for n in names if " " in n}, key=len, reverse=True)

    def _lexical(self, lower: str) -> bool:
        if lower in STOP_WORDS:
            return True
        stems = [lower[: len(lower) - len(suffix)] for suffix in SUFFIXES
                 if lower.endswith(suffix)]
        if lower.endswith(("ies", "ied")):  # "supplies", "rallied"
            stems.append(lower[:-3] + "y")
        if len(lower) > 5 and lower.endswith(("ed", "ing")):  # "shelled", "stopping"
            stem = lower[:-2] if lower.endswith("ed") else lower[:-3]
            if stem[-1] == stem[-2]:
                stems.append(stem[:-1])
        return any(stem in self.lexicon for stem in stems)

    def _protected(self, line: str, shouting: bool) -> dict[int, str]:
        """Character offset in ``line`` -> its character in the names the line holds."""
        keep: dict[int, str] = {}
        haystack = line.upper() if shouting else line
        for name in self.long_names:
            needle = name.upper() if shouting else name
            at = haystack.find(needle)
            while at >= 0:
                end = at + len(needle)
                bounded = (at == 0 or not haystack[at - 1].isalnum()) and (
                    end == len(haystack) or not haystack[end].isalnum())
                if bounded and len(needle) == len(name):
                    for i, ch in enumerate(name):
                        keep.setdefault(at + i, ch)
                at = haystack.find(needle, end)
        return keep

    def sentence_cased(self, text: str) -> str | None:
        """``text`` with its first line sentence-cased, or None when that line is not in
        Title Case or capitals (the text then parses as it is)."""
        start = LEADING_SPACE.match(text).end()  # no copy of a long text
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE:
            return None
        words = list(WORD.finditer(text, start, end))
        if len(words) < MIN_WORDS:
            return None
        line = text[start:end]
        shouting = not any(c.islower() for c in line) and any(c.isupper() for c in line)
        if not shouting:
            later = [m for m in words[1:] if len(m.group()) > 3 or m.group()[0].isupper()]
            capitalised = [m for m in later if m.group()[0].isupper()]
            if not later or len(capitalised) / len(later) < TITLE_SHARE:
                return None
        keep = self._protected(line, shouting)
        rest = set(WORD.findall(text[end:]))
        chars = list(text)
        cased_words: list[str | None] = []  # the lowered word, or None: kept as it is
        for n, m in enumerate(words):
            word = m.group()
            if any(i - start in keep for i in range(m.start(), m.end())):
                for i in range(m.start(), m.end()):
                    chars[i] = keep.get(i - start, chars[i])
                cased_words.append(None)
                continue
            if shouting:
                cased = self.names.get(word) or (
                    word[0] + word[1:].lower() if n == 0 else word.lower())
            elif word == "A" and text[m.end():m.end() + 1] != ".":
                cased = "a"  # the article ("Calls Strike A Provocation"), not an initial
            elif n == 0 or not word[0].isupper() or word.isupper() \
                    or word.upper() in self.names:
                cased = None
            elif self._lexical(word.lower()) or word.lower() in rest:
                # "Cease-Fire": every part lowered, as the tokenizer keeps it whole
                cased = word.lower() if "-" in word else word[0].lower() + word[1:]
            else:
                cased = None
            cased_words.append(cased)
        if not shouting:  # "Vice President Biden’s Call": a title before a name stays
            for n in range(len(words) - 2, -1, -1):
                after = words[n + 1].group()
                if cased_words[n] is not None and cased_words[n + 1] is None \
                        and after[0].isupper() and words[n].group().lower() in \
                        self.title_words and after.lower() not in STOP_WORDS:
                    cased_words[n] = None
        for m, cased in zip(words, cased_words, strict=True):
            if cased is not None and len(cased) == len(m.group()):
                # "İ".lower() is two characters: offsets must hold
                chars[m.start() : m.end()] = cased
        cased_text = "".join(chars)
        return cased_text if cased_text != text else None


# Curly single quotes parse badly ("Hamas’ rocket and tunnel attacks" loses Hamas as the
# attacks' owner; issue 13, real train statements): the model reads them straight. One
# character for one, so offsets hold as for the cased copy.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def model_text(text: str, casing: HeadlineCase) -> str:
    """The copy of ``text`` the model parses: its Title Case headline sentence-cased and its
    curly single quotes straight; ``text`` itself when neither applies. Same length as
    ``text``; :func:`restore` puts the original words back into its parse."""
    return (casing.sentence_cased(text) or text).translate(APOSTROPHES)


def restore(doc: Doc, text: str) -> Doc:
    """The parse ``doc`` of a copy from :func:`model_text`, with the words of ``text`` (the
    same length, the same characters but for case and quotes) and every annotation of the
    parse."""
    words, spaces = [], []
    for token in doc:
        words.append(text[token.idx : token.idx + len(token.text)])
        spaces.append(bool(token.whitespace_))
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(ATTRS, doc.to_array(ATTRS))
    return out
