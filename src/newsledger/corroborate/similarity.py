"""How alike two evidence sentences are: TF-IDF cosine."""

from __future__ import annotations

import math
import re
from collections import Counter

WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


class Similarity:
    """TF-IDF cosine between evidence sentences (idf over the reports being grouped)."""

    def __init__(self, texts: list[str], stopwords: set[str]):
        self.stopwords = stopwords
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(self.words(text)))
        self.n = max(len(texts), 1)
        self.idf = {w: math.log((1 + self.n) / (1 + c)) + 1 for w, c in df.items()}
        self.cache: dict[str, dict[str, float]] = {}

    def words(self, text: str) -> list[str]:
        return [w for w in WORD.findall(text.lower()) if w not in self.stopwords]

    def vector(self, text: str) -> dict[str, float]:
        if text not in self.cache:
            counts = Counter(self.words(text))
            vec = {w: c * self.idf.get(w, math.log(1 + self.n) + 1) for w, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.cache[text] = {w: v / norm for w, v in vec.items()}
        return self.cache[text]

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vector(a), self.vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(v * vb.get(w, 0.0) for w, v in va.items())
