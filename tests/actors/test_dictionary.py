"""Dictionary lookups: exact, then fuzzy; the fuzzy answer is remembered per name."""

from __future__ import annotations

import newsledger.actors.dictionary as dictionary_module
from newsledger.actors.dictionary import ActorDictionary
from newsledger.resources import load_resources


def test_a_fuzzy_match_is_remembered_and_the_memo_stays_bounded(monkeypatch):
    dictionary = ActorDictionary(load_resources())
    first = dictionary.lookup("Vladimir Putn")  # one letter off a listed name
    assert first is not None and first[1].startswith("dict:fuzzy(")
    assert dictionary.lookup("Vladimir Putn") == first
    assert dictionary.lookup("Qwxzy Plorbt") is None
    assert dictionary.lookup("Qwxzy Plorbt") is None  # a miss is remembered too
    monkeypatch.setattr(dictionary_module, "FUZZY_MEMO", 2)
    dictionary.lookup("Abcdefgh Ijklm")  # a third name: the memo starts afresh
    assert len(dictionary._fuzzy) == 1
    assert dictionary.lookup("Vladimir Putn") == first
