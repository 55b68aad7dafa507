"""The README and docs/ stay honest: every command, option, make target and file path they
name exists (after datasette's tests/test_docs.py)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main

from newsledger.cli import app
from newsledger.ontology import GRADE_MEANINGS

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Where a path in the docs may be written from: the project, the package, its data.
BASES = [ROOT, ROOT / "src" / "newsledger", ROOT / "src" / "newsledger" / "data"]
PATH_LIKE = re.compile(r"^[\w.-]+(/[\w.-]*)*$")
SUFFIXES = (".py", ".md", ".yaml", ".csv", ".json", ".jsonl", ".html", ".toml")


def _command():
    """The app as its command group (``.commands``: name -> command with ``.params``)."""
    group = typer.main.get_command(app)
    assert hasattr(group, "commands")
    return group


def _inline_code(text: str) -> list[str]:
    return re.findall(r"`([^`\n]+)`", text)


def _code_lines(text: str) -> list[str]:
    lines: list[str] = []
    for block in re.findall(r"```[^\n]*\n(.*?)```", text, flags=re.S):
        lines.extend(block.splitlines())
    return lines + _inline_code(text)


def _invocations(text: str) -> list[list[str]]:
    """Each ``newsledger ...`` command written in the text, as words up to a comment."""
    found = []
    for line in _code_lines(text):
        for part in re.split(r"\||&&|;", line):
            words = part.split("#")[0].strip()
            if not re.match(r"^(\S*/)?newsledger\s", words):
                continue
            try:
                found.append(shlex.split(words)[1:])
            except ValueError:
                found.append(words.split()[1:])
    return found


def _documented_paths(text: str) -> list[str]:
    paths = []
    for code in _inline_code(text):
        code = code.strip()
        if (code.startswith(("/", ".", "http")) or "*" in code or " " in code
                or not PATH_LIKE.match(code)):
            continue
        if "/" in code or code.endswith(SUFFIXES):
            paths.append(code)
    return paths


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_command_and_option_named_exists(doc: Path):
    group = _command()
    for words in _invocations(doc.read_text(encoding="utf-8")):
        assert words, f"{doc.name}: a bare 'newsledger' line"
        name = words[0]
        if name.startswith("-"):  # an option of newsledger itself: --version, --help
            top = {o for p in group.params for o in (*p.opts, *p.secondary_opts)}
            assert name in top | {"--help"}, f"{doc.name}: newsledger has no {name}"
            continue
        command = group.commands.get(name)
        assert command is not None, f"{doc.name}: no command 'newsledger {name}'"
        options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
        for word in words[1:]:
            if word.startswith("--"):
                flag = word.split("=")[0]
                assert flag in options, f"{doc.name}: 'newsledger {name}' has no {flag}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_named_exists(doc: Path):
    missing = [p for p in _documented_paths(doc.read_text(encoding="utf-8"))
               if not any((base / p).exists() for base in BASES)]
    assert not missing, f"{doc.name} names paths that do not exist: {missing}"


def test_every_make_target_named_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, flags=re.M))
    for doc in DOCS:
        for target in re.findall(r"`make ([\w-]+)", doc.read_text(encoding="utf-8")):
            assert target in targets, f"{doc.name}: no make target {target!r}"


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = {words[0] for words in _invocations(readme) if words}
    missing = sorted(set(_command().commands) - named)
    assert not missing, f"README shows no use of: {missing}"


def test_the_checks_see_what_they_check():
    """The parsers find the commands and paths in the README (so the tests above can fail)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ["ingest"] == [w[0] for w in _invocations("```\nnewsledger ingest x --db y\n```")]
    assert len(_invocations(readme)) > 10
    assert "docs/schema.md" in _documented_paths(readme)
    assert "nothing/here.py" in _documented_paths("see `nothing/here.py`")


def test_the_grade_legend_is_the_one_the_schema_gives():
    """The A–E legend of ``claims --help`` and the pages says what docs/schema.md says."""
    schema = " ".join((ROOT / "docs" / "schema.md").read_text(encoding="utf-8").split())
    missing = [g for g, meaning in GRADE_MEANINGS.items() if f"{g} {meaning}" not in schema]
    assert not missing, f"docs/schema.md gives other meanings for grades {missing}"
