"""Every command has help text and is documented in the README; `--help` stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main
from conftest import ROOT

from cleaner.cli import app

COMMANDS = sorted(typer.main.get_command(app).commands)


def test_all_commands_are_registered():
    assert {"clean", "batch", "train", "evaluate", "label", "review"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_is_documented(name):
    command = typer.main.get_command(app).commands[name]
    assert (command.help or "").strip(), f"`cleaner {name}` has no help text"
    assert f"cleaner {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from cleaner.cli import app\n"
        "heavy = [m for m in ('sklearn', 'numpy', 'trafilatura', 'joblib', 'lxml') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""
