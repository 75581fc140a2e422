"""The README is the manual: every command, script and canned query is in it,
and its first screen gives the two commands."""

import click
import pytest

from datasette_factcheck.db import queries
from datasette_factcheck.cli import factcheck

from .conftest import ROOT

README = (ROOT / "README.md").read_text()


def command_paths(group: click.Group, prefix: str = "factcheck"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        yield path
        if isinstance(command, click.Group):
            yield from command_paths(command, path)


def test_first_screen_gives_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:40])
    assert "make demo" in first_screen
    assert "make test" in first_screen


@pytest.mark.parametrize("command", sorted(command_paths(factcheck)))
def test_every_command_is_documented(command):
    assert f"datasette {command}" in README


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "scripts").glob("*.py")))
def test_every_script_is_documented(script):
    assert f"scripts/{script}" in README


@pytest.mark.parametrize("name", sorted(queries.QUERIES))
def test_every_canned_query_is_documented(name):
    assert f"`{name}`" in README


def test_makefile_targets_documented():
    makefile = (ROOT / "Makefile").read_text()
    targets = [line.split(":")[0] for line in makefile.splitlines() if line and line[0].isalpha() and ":" in line and "=" not in line]
    for target in targets:
        if target in {"install", "install-test", "clean"}:
            continue
        assert f"make {target}" in README, target
