"""The article text in pieces: every sentence wrapped in an element ``id="s{n}"`` (the
anchor evidence links point to, issue 16), the text unchanged, hostile text escaped, and a
highlight that serves several claims naming all of them."""

from __future__ import annotations

import html
import re

import pytest

from newsledger.model import Analysis, Attribution, Claim, Document, Sentence
from newsledger.render import render_html
from newsledger.render.html import http_url, paragraphs, pieces


def article_part(page: str) -> str:
    """The inside of the page's ``<article id="article">`` element."""
    return page.split('<article id="article">', 1)[1].split("</article>", 1)[0]


def test_every_sentence_has_one_anchor_with_its_index(seed):
    article = article_part(render_html(seed))
    anchors = re.findall(r'id="s(\d+)"', article)
    assert sorted(map(int, anchors)) == [s.index for s in seed.sentences]
    for sentence in seed.sentences:  # the anchor holds the sentence's own text
        words = seed.document.text[sentence.start:sentence.end].split()[:3]
        opened = article.split(f'id="s{sentence.index}" data-s="{sentence.index}">', 1)[1]
        assert all(word in html.unescape(re.sub(r"<[^>]+>", "", opened))[:400]
                   for word in words)


def test_the_text_is_unchanged_when_the_tags_are_stripped(seed):
    text = seed.document.text
    joined = "\n\n".join("".join(p.text for run in paragraph for p in run.pieces)
                         for paragraph in paragraphs(seed))
    assert joined == text.strip("\n") or joined == text
    stripped = html.unescape(re.sub(r"<[^>]+>", "", article_part(render_html(seed))))
    assert stripped.replace("\n", "") == text.replace("\n", "")


def test_hostile_text_stays_escaped_inside_sentences(analyzer):
    evil = ('Israel attacked Iran on Monday, officials said. <script>alert("x")</script> '
            'Iran <img src=x onerror=alert(1)> denied it.')
    analysis = analyzer.analyze(evil)
    article = article_part(render_html(analysis))
    assert "<script>" not in article and "<img" not in article
    assert "&lt;script&gt;" in article and "&lt;img" in article
    assert len(re.findall(r'id="s\d+"', article)) == len(analysis.sentences) >= 2


def test_a_shared_attribution_lists_every_claim_it_serves(seed):
    shared: dict[tuple[int, int], list[str]] = {}
    for claim in seed.claims:
        a = claim.attribution
        if a.start is not None and a.end is not None and a.type != "unattributed":
            shared.setdefault((a.start, a.end), []).append(claim.id)
    spans = {span: ids for span, ids in shared.items() if len(ids) > 1}
    assert spans, "the seed article has an attribution shared by several claims"
    ids = next(iter(spans.values()))
    covering = [p for paragraph in pieces(seed) for p in paragraph
                if "attribution" in p.classes and ids[0] in p.refs]
    assert covering
    for piece in covering:  # every claim, each once, none dropped for the last one
        assert [r for r in piece.refs if r.startswith("c")] == ids
    assert f'data-refs="{" ".join(covering[0].refs)}"' in render_html(seed)


def toy(text: str, sentences: list[tuple[int, int]], claims: list[Claim] | None = None
        ) -> Analysis:
    return Analysis(document=Document(id="t", text=text),
                    sentences=[Sentence(i, s, e, 0) for i, (s, e) in enumerate(sentences)],
                    claims=claims or [])


def claim(cid: str, start: int, end: int, attribution: tuple[int, int]) -> Claim:
    return Claim(cid, "", start, end, 0, [], Attribution(None, "x", "said", "reported-speech",
                                                         *attribution),
                 "C", [], [], False, [])


def test_a_sentence_across_a_blank_line_has_one_anchor_and_a_run_per_paragraph():
    text = "One thing happened\n\nand then another. Next."
    analysis = toy(text, [(0, 37), (38, 43)])
    runs = paragraphs(analysis)
    assert [[(r.sentence, r.first) for r in p] for p in runs] == [
        [(0, True)], [(0, False), (None, False), (1, True)]]
    page = render_html(analysis)
    assert page.count('id="s0"') == 1 and page.count('data-s="0"') == 2


def test_a_mark_across_two_sentences_is_cut_at_the_boundary():
    text = "Troops left. Officials said so."
    analysis = toy(text, [(0, 12), (13, 31)], [claim("c1", 0, 31, (7, 22))])
    marked = [(p.text, p.sentence) for paragraph in pieces(analysis) for p in paragraph
              if p.refs == ("c1",)]
    assert marked == [("left.", 0), (" ", None), ("Officials", 1)]


@pytest.mark.parametrize("url, shown", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"),
    ("javascript:alert(1)", None), ("data:text/html,<b>x</b>", None),
    ("/relative/path", None), ("http:///no-host", None), ("", None), (None, None),
    ("http://[::1", None),
])
def test_only_http_urls_with_a_host_become_links(url, shown):
    assert http_url(url) == shown
