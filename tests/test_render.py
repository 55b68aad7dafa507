"""The HTML page escapes article text and shows every highlight; tables render."""

from __future__ import annotations

import io

from rich.console import Console

from newsledger.render import render_html, render_tables


def test_article_text_is_escaped(analyzer):
    evil = 'Israel attacked Iran. <script>alert("x")</script> <img src=x onerror=alert(1)>'
    html = render_html(analyzer.analyze(evil))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_highlights_and_side_panel(seed):
    html = render_html(seed)
    assert 'class="actor"' in html and "trigger" in html and "loaded" in html
    assert html.count('<tr id="e') == len(seed.events)
    assert html.count('<tr id="c') == len(seed.claims)


def test_tables_list_everything(seed):
    buf = io.StringIO()
    render_tables(seed, Console(file=buf, width=200))
    out = buf.getvalue()
    assert "Actors" in out and "Events" in out and "Claims" in out and "Asim Munir" in out
