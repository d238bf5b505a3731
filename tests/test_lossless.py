"""Invariants on any input: lossless record, sorted non-overlapping in-bounds spans."""

from __future__ import annotations

import pytest
from conftest import BODY_LINES, DATA, JUNK_LINES, assert_lossless
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def assert_invariants(source: str, result) -> None:
    assert_lossless(result.extracted if result.source == "html" else source, result)


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
