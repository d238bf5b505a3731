"""Shared fixtures: the seed article, the shipped model, a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c01523b13b1f33fa.txt"
DATA = Path(__file__).resolve().parent / "data"


def assert_lossless(base: str, result) -> None:
    """Located removals are exact, sorted, disjoint slices of `base`, and cutting them
    out of `base` gives exactly `result.text` (restore() puts them back)."""
    located = [item for item in result.removed if item.start is not None]
    previous_end = 0
    for item in located:
        assert 0 <= item.start < item.end <= len(base)
        assert item.start >= previous_end, "removed spans must be sorted and disjoint"
        assert base[item.start : item.end] == item.text
        previous_end = item.end
    kept, cursor = [], 0
    for item in located:
        kept.append(base[cursor : item.start])
        cursor = item.end
    kept.append(base[cursor:])
    assert "".join(kept) == result.text
    assert result.restore() == base


def assert_one_line_error(proc, *words: str, code: int = 2) -> None:
    """A CLI failure: exit `code`, no traceback, one `cleaner: error:` line naming `words`."""
    err = proc.stderr if isinstance(proc.stderr, str) else proc.stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("cleaner: error:"), err
    for word in words:
        assert word in lines[0], err


# Sample lines that property tests mix with random text.
JUNK_LINES = [
    "Share this article",
    "Advertisement",
    "Remind me later.",
    "Dear readers,",
    "Subscribe now for just $1 a week",
    "© 2024 Example Media. All rights reserved.",
    "Sign up for our newsletter",
    "Read more:",
    "Read more: The bridge that never was",
    "Comments (4)",
    "By Jane Roe",
]
BODY_LINES = [
    "The council voted on Tuesday to close the old bridge for repairs.",
    "“We had no other choice,” the mayor said after the meeting.",
    "Engineers found cracks in two of the supporting pillars last spring.",
]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    instance = Cleaner()
    instance.model  # load once for the whole session  # noqa: B018
    return instance


# CI runs a fixed set of hypothesis examples (reproducible, no flaky first sightings);
# local runs keep exploring new ones.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    pass
