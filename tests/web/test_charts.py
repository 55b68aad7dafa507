"""The server-drawn charts (web/charts.py, web/network_chart.py): well-formed SVG with
axes, a legend and counts on hover; network labels that never overlap each other or a
circle and stay inside the picture, measured from the SVG itself; names escaped."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from newsledger.web.charts import CHAR_WIDTH, QUAD_PARTS, nice_ticks, stories_svg, timeline_svg
from newsledger.web.network_chart import busiest, network_svg

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = [
    {"month": "2024-11", "verbal_cooperation": 3, "material_cooperation": 0,
     "verbal_conflict": 1, "material_conflict": 2, "total": 6, "goldstein": -1.0},
    {"month": "2024-12", "verbal_cooperation": 0, "material_cooperation": 0,
     "verbal_conflict": 0, "material_conflict": 0, "total": 0, "goldstein": None},
    {"month": "2025-01", "verbal_cooperation": 10, "material_cooperation": 4,
     "verbal_conflict": 0, "material_conflict": 1, "total": 15, "goldstein": 2.5},
]
HOSTILE = '<script>alert("x")</script> & Co'


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # fails on anything that is not well-formed XML


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(SVG + "text")]


def test_nice_ticks_are_round_and_reach_the_top():
    assert nice_ticks(15) == [0, 5, 10, 15]
    assert nice_ticks(1) == [0, 1]
    assert nice_ticks(0) == [0, 1]
    ticks = nice_ticks(437)
    assert ticks[0] == 0 and ticks[-1] >= 437 and len(ticks) <= 6
    assert len({b - a for a, b in itertools.pairwise(ticks)}) == 1


def test_the_timeline_has_a_dated_axis_counts_a_legend_and_hover_titles():
    root = parse(timeline_svg(MONTHS, "t1"))
    labels = texts(root)
    assert {"Nov", "Dec", "Jan", "2024", "2025"} <= set(labels)  # month axis, years
    assert {"0", "5", "10", "15"} <= set(labels)  # y axis counts
    for part in QUAD_PARTS:  # the legend: each quad class with its total
        total = sum(m[part.key] for m in MONTHS)
        assert f"{part.label} ({total})" in labels
    segments = root.findall(f".//{SVG}rect[@class='seg']")
    assert len(segments) == sum(1 for m in MONTHS for p in QUAD_PARTS if m[p.key])
    hover = [s.find(SVG + "title").text for s in segments]
    assert "Jan 2025: verbal cooperation 10 of 15" in hover
    bars = root.findall(f".//{SVG}g[@class='bar']")
    assert [b.get("data-month") for b in bars] == ["2024-11", "2024-12", "2025-01"]
    assert root.get("role") == "img" and root.find(SVG + "title").text == "Events per month"
    assert "21 in all" in root.find(SVG + "desc").text


def test_bars_stack_to_their_totals():
    root = parse(timeline_svg(MONTHS, "t2"))
    heights = {}
    for bar in root.findall(f".//{SVG}g[@class='bar']"):
        heights[bar.get("data-month")] = sum(float(r.get("height")) for r in bar.iter(SVG + "rect"))
    assert heights["2024-12"] == 0
    assert heights["2025-01"] == pytest.approx(heights["2024-11"] * 15 / 6, rel=0.01)


def test_stories_chart_and_empty_series():
    rows = [{"month": "2025-10", "corroborated": 1, "single-source": 4, "contested": 1,
             "contradicted": 0, "unasserted": 0, "total": 6}]
    labels = texts(parse(stories_svg(rows, "s1")))
    assert {"corroborated (1)", "single-source (4)", "contested (1)", "contradicted (0)"} \
        <= set(labels)
    assert 'class="empty"' in timeline_svg([])


def network(n: int) -> nx.DiGraph:
    """A dense graph of ``n`` actors with long names and one hostile name."""
    graph = nx.DiGraph()
    for i in range(n):
        name = HOSTILE if i == 3 else f"Ministry of Foreign Affairs of Country {i}"
        graph.add_node(f"a{i}", label=name)
    for i in range(n):
        for j in (i + 1, i + 2, i * 3 + 1):
            if j < n:
                graph.add_edge(f"a{i}", f"a{j}", weight=1 + (i * j) % 7,
                               goldstein=float((i - j) % 11 - 5), types="CONSULT,ASSAULT")
    return graph


def label_boxes(root: ET.Element) -> list[tuple[float, float, float, float]]:
    """Each label's box from its x, baseline, font size and text length (text-anchor
    start), with the chart's own character width."""
    boxes = []
    for text in root.iter(SVG + "text"):
        if text.get("class") != "label":
            continue
        size = float(text.get("font-size"))
        content = "".join(t for t in [text.text or ""] + [c.tail or "" for c in text])
        boxes.append((float(text.get("x")), float(text.get("y")) - size + 1,
                      len(content) * size * CHAR_WIDTH, size + 2))
    return boxes


def overlap(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and \
        b[1] < a[1] + a[3]


@pytest.mark.parametrize("n", [6, 40, 120])
def test_network_labels_never_overlap_nor_leave_the_picture(n):
    root = parse(network_svg(network(n)))
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    boxes = label_boxes(root)
    assert len(boxes) >= min(n, 6)
    for a, b in itertools.combinations(boxes, 2):
        assert not overlap(a, b), (a, b)
    legend = root.find(f"{SVG}g[@class='legend']")
    below_legend = float(legend.find(SVG + "line").get("y1"))  # the band's bottom rule
    assert all(float(t.get("y")) < below_legend for t in legend.iter(SVG + "text"))
    for x, y, w, h in boxes:
        assert x >= 0 and y >= below_legend and x + w <= width and y + h <= height
    circles = [(float(c.get("cx")) - float(c.get("r")), float(c.get("cy")) - float(c.get("r")),
                2 * float(c.get("r")), 2 * float(c.get("r")))
               for c in root.iter(SVG + "circle") if c.find(SVG + "title") is not None]
    assert len(circles) == n
    touching = sum(1 for box in boxes for c in circles if overlap(box, c))
    assert touching == 0


def test_network_has_a_legend_hover_counts_and_escapes_names():
    svg = network_svg(network(8))
    root = parse(svg)
    labels = texts(root)
    assert any(t.startswith("Size: events") for t in labels)
    assert any(t.startswith("Colour: mean Goldstein") for t in labels)
    assert any(t.startswith("Line: source → target") for t in labels)
    node_titles = [c.find(SVG + "title").text for c in root.iter(SVG + "circle")
                   if c.find(SVG + "title") is not None]
    assert all(" events (" in t and "as source" in t for t in node_titles)
    edge_titles = [line.find(SVG + "title").text for line in root.iter(SVG + "line")
                   if line.get("class") == "edge"]
    assert edge_titles and all("→" in t and "mean Goldstein" in t for t in edge_titles)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert any(t.startswith(HOSTILE + ": ") for t in node_titles)  # the name, as text


def test_busiest_keeps_the_actors_in_the_most_events():
    graph = network(30)
    kept = busiest(graph, 10)
    assert kept.number_of_nodes() == 10
    weight = dict(graph.degree(weight="weight"))
    assert min(weight[n] for n in kept) >= max(weight[n] for n in graph if n not in kept)
    assert busiest(graph, 100) is graph
