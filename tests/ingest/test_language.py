"""Language detection never drops real English, and finds the other languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.ingest.language import check_english, detect_language, language_name
from newsledger.inputs import Skipped
from newsledger.reader import make_document

ROOT = Path(__file__).resolve().parents[2]


def real_english() -> list[tuple[str, str]]:
    """(name, text) of every real English text the project has: the examples, the real
    statements of tests/gold/real, the corroboration corpus, every gold item's text, and
    the external benchmark's when ../shared is there."""
    texts = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
             for pattern in ("examples/*.txt", "tests/gold/real/texts/*.txt")
             for p in sorted(ROOT.glob(pattern))]
    for name in ("tests/gold/dev.jsonl", "tests/gold/test.jsonl",
                 "tests/data/corroboration/articles.jsonl",
                 "../shared/benchmarks/plover_gsr.jsonl"):
        if not (ROOT / name).exists():
            continue
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines()):
            if line.strip():
                item = json.loads(line)
                texts.append((f"{name}:{number + 1}", item["text"]))
                if item.get("title"):
                    texts.append((f"{name}:{number + 1} title", item["title"]))
    return texts


def test_every_real_english_text_is_english():
    texts = real_english()
    assert len(texts) > 500  # the gold sets alone have hundreds of items
    wrong = [(name, lang) for name, text in texts if (lang := detect_language(text)) != "en"]
    assert wrong == []


@pytest.mark.parametrize("text", [
    "Israel attacked Iran.",  # py3langid alone says Swedish
    "Sudan talks", "Erdogan met Putin in Sochi.", "Troops kill militants", "",
    "12,000 / 2025-11-04", "Gaza: 104 killed", "Al-Shabaab attacks Mogadishu hotel",
])
def test_short_latin_texts_and_headlines_count_as_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "code"), [
    ("Die Bundesregierung hat am Dienstag neue Ma\u00dfnahmen gegen die Inflation beschlossen, "
     "teilte ein Sprecher in Berlin mit. Im Jahr 2024 waren die Preise stark gestiegen.", "de"),
    ("Le gouvernement a annonc\u00e9 mardi de nouvelles mesures contre la hausse des prix, a "
     "d\u00e9clar\u00e9 le porte-parole \u00e0 Paris.", "fr"),
    ("El gobierno anunci\u00f3 el martes nuevas medidas contra la inflaci\u00f3n en todo el "
     "pa\u00eds, dijo el portavoz.", "es"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0441\u043a\u0430\u0437\u0430"
     "\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
     "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f.", "ru"),
    ("\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0625\u0646 \u0627\u0644\u0645"
     "\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631", "ar"),
    ("\u4e2d\u56fd\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u8868\u793a", "zh"),  # short, not Latin
])
def test_other_languages_are_found(text, code):
    assert detect_language(text) == code


def test_check_english_skips_with_the_language_named():
    doc = make_document("Die Bundesregierung hat am Dienstag neue Ma\u00dfnahmen beschlossen, "
                        "teilte ein Sprecher der Regierung in Berlin mit.", name="de.txt")
    doc.path = "de.txt"
    with pytest.raises(Skipped, match=r"^de\.txt: German text \(de\), not analysed"):
        check_english(doc)
    assert doc.language == "de"
    english = make_document("Israel attacked Iran.")
    check_english(english)
    assert english.language == "en"
    assert language_name("fr") == "French" and language_name("wuu") == "Wu Chinese"
