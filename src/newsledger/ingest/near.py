"""Near-duplicate articles: MinHash signatures over word shingles, found with LSH.

Two texts whose estimated Jaccard similarity of 5-word shingles is at or above the
threshold (default 0.8) are the same article: a wire copy, a republication with a new
headline or a trimmed paragraph.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
SHINGLE = 5
DEFAULT_THRESHOLD = 0.8
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    sig = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    sig.update_batch(list(shingles(text)))
    return sig


def to_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME,
                   hashvalues=np.frombuffer(data, dtype=np.uint64))


class NearDuplicates:
    """An LSH index of stored signatures; ``find`` gives the closest one above threshold."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        # LSH finds candidates a little below the threshold (it needs at least two bands);
        # each candidate's estimated similarity is then checked against the threshold
        self.lsh = MinHashLSH(threshold=min(max(threshold - 0.1, 0.1), 0.9), num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def add(self, key: str, sig: MinHash) -> None:
        if key not in self.signatures:
            self.lsh.insert(key, sig)
            self.signatures[key] = sig

    def remove(self, key: str) -> None:
        if self.signatures.pop(key, None) is not None:
            self.lsh.remove(key)

    def find(self, sig: MinHash) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for key in self.lsh.query(sig):
            similarity = sig.jaccard(self.signatures[key])
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (key, similarity)
        return best
