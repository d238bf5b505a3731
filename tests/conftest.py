"""Shared fixtures: the seed article, the shipped model, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c01523b13b1f33fa.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    instance = Cleaner()
    instance.model  # load once for the whole session  # noqa: B018
    return instance
