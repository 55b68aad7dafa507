"""Renderers of an Analysis: Rich tables for the terminal, a standalone annotated HTML page."""

from .html import render_html
from .table import render_tables

__all__ = ["render_html", "render_tables"]
