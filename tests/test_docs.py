"""The docs keep up with the code (as sqlite-utils' test_docs.py): every command and option has help,
every command is in the README, every table column is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from pipeline.cli import build_parser
from pipeline.io.tables import COLUMNS
from pipeline.review.marks import ORPHAN_COLUMNS
from pipeline.review.report import REPORT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every command by its name, a nested one (``review import``) with its parent's name before it."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found[prefix + name] = child
                    walk(child, f"{prefix}{name} ")

    walk(build_parser(), "")
    return found


def _command_help() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, parser in [("", build_parser()), *_subcommands().items()]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                prefix = f"{name} " if name else ""
                found |= {prefix + choice.dest: choice.help or "" for choice in action._choices_actions}
    return found


COMMANDS = sorted(_subcommands())
OPTIONS = [
    (name, action.dest)
    for name, parser in sorted(_subcommands().items())
    for action in parser._actions
    if not isinstance(action, argparse._HelpAction)
]


def test_there_are_commands():
    assert "run" in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    assert _command_help()[command].strip()


@pytest.mark.parametrize("command, dest", OPTIONS)
def test_every_option_has_help(command, dest):
    (action,) = [a for a in _subcommands()[command]._actions if a.dest == dest]
    assert action.help and action.help.strip(), f"aznews {command}: {'/'.join(action.option_strings) or dest}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"aznews {command}" in text or f"pipeline {command}" in text


FILES = {**COLUMNS, "review_orphans": ORPHAN_COLUMNS, "review_report": REPORT_COLUMNS}


@pytest.mark.parametrize("table, column", [(t, c) for t, columns in FILES.items() for c in columns])
def test_every_column_is_documented(table, column):
    doc = ROOT / "outputs" / "README.md"
    assert f"`{column}`" in doc.read_text(encoding="utf-8"), f"{table}.{column}"


def test_the_readme_library_example_runs(monkeypatch):
    """The example is run as written, from the repository root, so every name in it is defined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = text.split("## Library", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    names: dict = {}
    exec(compile(example, "README.md", "exec"), names)  # noqa: S102 - our own README
    assert [r.article.id for r in names["results"]] == ["azerbaycan-qazaxistan"]
    assert set(names["frames"]) >= {"articles", "entities", "dates", "events"}
    assert [d.value for d in names["result"].dates] == ["2025-05-05"]


def test_the_readme_lists_every_bad_input_test_module():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    bad_input = text.split("## Bad input", 1)[1].split("\n## ", 1)[0]
    for module in ("test_reader.py", "test_cli.py", "test_evaluate.py", "test_tables.py", "test_folders.py",
                   "test_length.py", "test_fuzz.py"):
        assert module in bad_input and (ROOT / "tests" / module).exists()


def test_the_published_help_names_what_it_accepts():
    """Each form the help of ``--published`` shows is read, and the help shows each kind that is read."""
    from pipeline.io.reader import parse_published

    (action,) = [a for a in _subcommands()["run"]._actions if a.dest == "published"]
    for shown in ("2025-07-01", "dd.mm.yyyy", "5 mart 2024"):
        assert shown in action.help
    for example in ("2025-07-01", "01.07.2025", "5 mart 2024"):
        assert parse_published(example) is not None
