"""The trained stage of issue 13, tried: a spaCy ``textcat_multilabel`` over sentences,
trained on the real-text train split (fixed seed), scored as a type proposer and as a
re-ranker of the rules' events on the dev splits. Prints the figures quoted in
docs/accuracy.md ("A trained stage, tried"). Nothing here ships in the package.

Run: ``.venv/bin/python bench/textcat_trial.py`` (about two minutes on two cores).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from thinc.api import fix_random_seed

from newsledger.analyzer import Analyzer
from newsledger.evaluation.gold import GoldItem, load_gold
from newsledger.evaluation.scoring import in_item, match_events
from newsledger.ontology import PLOVER_TYPES

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "gold" / "real"
SEED, EPOCHS, BATCH, DROP = 0, 15, 16, 0.2
THRESHOLDS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)


def train(items: list[GoldItem], width: int = 64) -> spacy.Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatCNN.v2", "exclusive_classes": False, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": width, "depth": 2, "embed_size": 2000, "window_size": 1,
                    "maxout_pieces": 3, "subword_features": True}}})
    for label in PLOVER_TYPES:
        textcat.add_label(label)
    examples = []
    for item in items:
        cats = {t: float(any(e.plover == t for e in item.events)) for t in PLOVER_TYPES}
        examples.append(Example.from_dict(nlp.make_doc(item.text), {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, BATCH):
            nlp.update(batch, sgd=optimizer, drop=DROP)
    return nlp


def f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p, r = tp / max(1, predicted), tp / max(1, gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    model = train(load_gold(REAL / "train.jsonl"))
    analyzer = Analyzer()
    print("| split | use | threshold | P | R | F1 |\n|---|---|---|---|---|---|")
    for path in (REAL / "dev.jsonl", ROOT / "tests" / "gold" / "dev.jsonl"):
        items = load_gold(path)
        scored, n_gold, types = [], 0, [0, 0, 0]  # types: tp, predicted, gold
        for item in items:
            cats = model(item.text).cats
            gold_types = {e.plover for e in item.events}
            predicted = {t for t, s in cats.items() if s >= 0.3}
            types = [types[0] + len(gold_types & predicted), types[1] + len(predicted),
                     types[2] + len(gold_types)]
            analysis = in_item(item, analyzer.analyze(item.context + item.text,
                                                      date=item.date))
            pairs, _, _ = match_events(analysis, item.events)
            hits = {id(e) for _, e in pairs}
            scored += [(cats[e.type], id(e) in hits) for e in analysis.events]
            n_gold += len(item.events)
        name = path.relative_to(ROOT)
        print(f"| {name} | model alone: types | 0.3 | "
              + " | ".join(f"{x:.3f}" for x in f1(*types)) + " |")
        for threshold in THRESHOLDS:
            kept = [hit for score, hit in scored if score >= threshold]
            p, r, f = f1(sum(kept), len(kept), n_gold)
            print(f"| {name} | rules re-ranked: events | {threshold} | {p:.3f} | {r:.3f} | "
                  f"{f:.3f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
