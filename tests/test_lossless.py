"""Invariants on any input: lossless record, sorted non-overlapping in-bounds spans."""

from __future__ import annotations

import pytest
from conftest import BODY_LINES, DATA, JUNK_LINES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def assert_invariants(source: str, result) -> None:
    base = result.extracted if result.source == "html" else source
    located = [r for r in result.removed if r.start is not None]
    previous_end = 0
    for item in located:
        assert 0 <= item.start < item.end <= len(base)
        assert item.start >= previous_end
        assert base[item.start : item.end] == item.text
        previous_end = item.end
    # Deleting the removed spans gives exactly the clean text.
    rebuilt, cursor = [], 0
    for item in located:
        rebuilt.append(base[cursor : item.start])
        cursor = item.end
    rebuilt.append(base[cursor:])
    assert "".join(rebuilt) == result.text
    assert result.restore() == base


line = st.one_of(st.sampled_from(JUNK_LINES + BODY_LINES), st.text(max_size=80))
newline = st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n"])


@st.composite
def documents(draw) -> str:
    parts = draw(st.lists(st.tuples(line, newline), max_size=25))
    return "".join(a + b for a, b in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_text_results_are_lossless(cleaner, source):
    assert_invariants(source, cleaner.clean(source, kind="text"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(JUNK_LINES + BODY_LINES), max_size=12))
def test_html_results_are_lossless(cleaner, paragraphs):
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    assert_invariants(html, cleaner.clean(html, kind="html"))


@pytest.mark.parametrize(
    "path", sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.html")), ids=lambda p: p.name
)
def test_every_test_file_is_lossless(cleaner, path):
    source = path.read_text(encoding="utf-8")
    assert_invariants(source, cleaner.clean(source))
