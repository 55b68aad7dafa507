"""One standalone HTML page: the article with actors, event triggers, attributions and
loaded language highlighted, and a side panel with the codes and the ``why`` of each.

The text pieces built here are shared with the web's article page: each sentence of the
text is wrapped in an element ``id="s{n}"`` (``n`` is :attr:`Sentence.index`, the number
stored as ``events.sentence`` and ``claims.sentence``), so ``/articles/{id}#s12`` opens
sentence 12. All article text goes through Jinja2's autoescaping; nothing from the article
is inserted unescaped.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Analysis

Mark = tuple[int, int, str, str, str]  # start, end (characters), kind, item id, title
LINK_SCHEMES = ("http", "https")  # the only URLs of an article shown as links


@dataclass
class Piece:
    """A stretch of text with one set of covering marks: ``classes`` their kinds, ``refs``
    the ids of every event, claim and actor they belong to (in the order of
    :func:`_marks`, each once: a shared attribution lists all its claims), ``title`` their
    descriptions, ``sentence`` the index of the sentence it lies in (None between
    sentences)."""

    text: str
    classes: str = ""
    refs: tuple[str, ...] = ()
    title: str = ""
    sentence: int | None = None

    @property
    def data_refs(self) -> str:
        """The ids for the ``data-refs`` attribute, separated by spaces."""
        return " ".join(self.refs)


@dataclass
class Run:
    """Consecutive pieces of one paragraph within one sentence (``sentence`` None: text
    between sentences). ``first`` is the sentence's first run, the one that carries its
    ``id="s{n}"`` (a sentence across a paragraph break has a run in each paragraph)."""

    sentence: int | None
    first: bool = False
    pieces: list[Piece] = field(default_factory=list)


def _marks(analysis: Analysis) -> list[Mark]:
    marks: list[Mark] = []
    for actor in analysis.actors:
        for m in actor.mentions:
            marks.append((m.start, m.end, "actor", actor.id,
                          f"{actor.name} · {actor.cameo_code or '?'} · {m.why}"))
    for e in analysis.events:
        t = e.evidence.trigger
        marks.append((t.start, t.end, "trigger", e.id, f"{e.id} {e.type} {e.cameo} {e.status}"))
    for c in analysis.claims:
        a = c.attribution
        if a.start is not None and a.end is not None and a.type != "unattributed":
            marks.append((a.start, a.end, "attribution", c.id,
                          f"{c.id} grade {c.sourcing_grade} · {a.type}"))
        for f in c.loaded_language:
            marks.append((f.start, f.end, "loaded", c.id, f"loaded: {f.category}"))
        for f in c.hedges:
            marks.append((f.start, f.end, "hedge", c.id, f"hedge: {f.category}"))
    return [m for m in marks if m[0] < m[1]]


def pieces(analysis: Analysis) -> list[list[Piece]]:
    """Paragraphs (the text cut at blank lines, ``"\\n\\n"``) of text pieces, cut wherever
    a mark or a sentence starts or ends; joined back with ``"\\n\\n"`` they give the text
    (but for empty paragraphs). Marks are swept in order of their start, so a long text
    costs the number of cuts times the marks open at once, not times all marks."""
    text = analysis.document.text
    marks = _marks(analysis)
    by_start = sorted(range(len(marks)), key=lambda i: marks[i][:2])
    sentences = sorted(analysis.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    cuts = sorted({0, len(text), *[m[0] for m in marks], *[m[1] for m in marks],
                   *[s.start for s in sentences], *[s.end for s in sentences]})
    paragraphs: list[list[Piece]] = [[]]
    open_marks: list[int] = []  # indexes into marks of those covering the current cut
    next_mark = 0
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        while next_mark < len(by_start) and marks[by_start[next_mark]][0] <= lo:
            open_marks.append(by_start[next_mark])
            next_mark += 1
        open_marks = sorted(i for i in open_marks if marks[i][1] >= hi)
        covering = [marks[i] for i in open_marks]  # in the order _marks made them
        at = bisect.bisect_right(starts, lo) - 1
        sentence = sentences[at].index if at >= 0 and lo < sentences[at].end else None
        classes = " ".join(sorted({m[2] for m in covering}))
        refs = tuple(dict.fromkeys(m[3] for m in covering))
        title = " | ".join(m[4] for m in covering)
        for j, part in enumerate(text[lo:hi].split("\n\n")):
            if j:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Piece(part, classes, refs, title, sentence))
    return [p for p in paragraphs if p]


def paragraphs(analysis: Analysis) -> list[list[Run]]:
    """The paragraphs of :func:`pieces`, each as runs of pieces of one sentence: what
    the templates wrap in ``<span class="sentence" id="s{n}" data-s="{n}">``."""
    out: list[list[Run]] = []
    seen: set[int] = set()
    for paragraph in pieces(analysis):
        runs: list[Run] = []
        for piece in paragraph:
            if not runs or runs[-1].sentence != piece.sentence:
                first = piece.sentence is not None and piece.sentence not in seen
                if piece.sentence is not None:
                    seen.add(piece.sentence)
                runs.append(Run(piece.sentence, first))
            runs[-1].pieces.append(piece)
        out.append(runs)
    return out


def http_url(url: str | None) -> str | None:
    """``url`` when it may be shown as a link: an absolute ``http``/``https`` URL with a
    host (``javascript:``, ``data:`` and relative URLs give None)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return url.strip()


def render_html(analysis: Analysis) -> str:
    env = Environment(loader=PackageLoader("newsledger", "templates"),
                      autoescape=select_autoescape(["html"]))
    template = env.get_template("analysis.html")
    data = analysis.to_dict()
    return template.render(
        analysis=analysis, paragraphs=paragraphs(analysis),
        actors={a.id: a for a in analysis.actors}, url=http_url(analysis.document.url),
        data_json=json.dumps(data, ensure_ascii=True).replace("<", "\\u003c"),
    )
