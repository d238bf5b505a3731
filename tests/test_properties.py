"""Properties over arbitrary input: never raises, lossless, spans in order, idempotent.

Hypothesis draws arbitrary Unicode text, HTML-ish tag soup and raw bytes; every result
must keep the contract of the JSON result (CONTRACT.md) whatever comes in.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import BODY_LINES as ENGLISH_BODY
from conftest import JUNK_LINES, assert_lossless
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.errors import InputError
from cleaner.prune import DOM_CUES
from cleaner.records import JUNK_LABELS
from cleaner.segment import segment
from cleaner.sources import decode_bytes

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BODY_LINES = [
    *ENGLISH_BODY,
    "Городская дума утвердила бюджет на следующий год, сообщили депутаты.",
    "قال رئيس البلدية إن الجسر سيغلق للإصلاحات يوم الثلاثاء.",
    "ראש העירייה אמר כי הגשר ייסגר לתיקונים ביום שלישי.",
]
BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)")
LINE_BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " \n", "\u2028", "\x0c", "\x85", ""]


def assert_contract(base: str, result) -> None:
    """The JSON result's promises: exact, sorted, disjoint spans that cut `base` into `text`."""
    located = [item for item in result.removed if item.start is not None]
    if result.source == "text":
        assert len(located) == len(result.removed), "unlocated removals only for HTML"
    assert_lossless(base, result)
    for item in result.removed:
        assert item.label in JUNK_LABELS
        assert 0.0 <= item.score <= 1.0
    # The record is JSON that survives the trip through UTF-8 (what the CLI writes).
    payload = json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")
    assert json.loads(payload) == result.to_dict()


def base_of(source: str, result) -> str:
    return result.extracted if result.source == "html" else source


lines = st.one_of(
    st.sampled_from(JUNK_LINES + BODY_LINES),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)


@st.composite
def documents(draw) -> str:
    parts = draw(st.lists(st.tuples(lines, st.sampled_from(LINE_BREAKS)), max_size=20))
    return "".join(line + brk for line, brk in parts)


TAGS = [
    "p", "div", "span", "a", "br", "h1", "h2", "article", "main", "aside", "nav", "footer",
    "section", "ul", "li", "table", "tr", "td", "script", "style", "noscript", "iframe",
    "template", "svg", "title", "meta", "body", "html", "head", "blockquote", "pre", "figure",
]  # fmt: skip
ATTR_VALUES = [*DOM_CUES, "article-body", "content", 'x"y', "a'b", "<>", ""]


@st.composite
def html_ish(draw) -> str:
    """Tag soup: random tags with appeal-like classes, often unclosed, with entities,
    comments, doctype and CDATA between text (body and junk lines among it)."""
    pieces = []
    if draw(st.booleans()):
        pieces.append(draw(st.sampled_from(["<!doctype html>", "<html><body>", "<?xml ?>", ""])))
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 9))
        tag = draw(st.sampled_from(TAGS))
        if kind <= 2:
            attr = draw(st.sampled_from(["class", "id", "aria-label", "data-testid", "href"]))
            value = draw(st.sampled_from(ATTR_VALUES))
            pieces.append(f'<{tag} {attr}="{value}">')
        elif kind == 3:
            pieces.append(f"</{tag}>")
        elif kind == 4:
            pieces.append(f"<{tag}>{draw(lines)}</{tag}>")
        elif kind == 5:
            pieces.append(
                draw(
                    st.sampled_from(["&amp;", "&#x27;", "&nbsp;", "&#0;", "&bogus;", "&#x110000;"])
                )
            )
        elif kind == 6:
            pieces.append(draw(st.sampled_from(["<!-- c -->", "<!--", "<![CDATA[x]]>", "<", ">"])))
        else:
            pieces.append(draw(lines))
    return "".join(pieces)


@SETTINGS
@given(documents(), st.sampled_from(["text", "auto"]))
def test_any_text_is_cleaned_losslessly(cleaner, source, kind):
    result = cleaner.clean(source, kind=kind)
    assert_contract(base_of(source, result), result)


@SETTINGS
@given(html_ish(), st.sampled_from(["html", "auto"]))
def test_any_tag_soup_is_cleaned_losslessly(cleaner, source, kind):
    result = cleaner.clean(source, kind=kind)
    assert_contract(base_of(source, result), result)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_result_or_an_input_error(cleaner, data):
    try:
        decoded = decode_bytes(data)
    except InputError:
        with pytest.raises(InputError):
            cleaner.clean(data)
        return
    result = cleaner.clean(data)
    assert_contract(base_of(decoded, result), result)


# Text a file could hold: no C0 control characters (those mark binary input).
plain_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\ufeff").filter(
        lambda c: c in "\t\n\r\f" or ord(c) >= 32
    ),
    max_size=300,
)


@SETTINGS
@given(plain_text)
def test_utf8_bytes_decode_to_exactly_the_text(text):
    assert decode_bytes(text.encode("utf-8")) == text


@SETTINGS
@given(
    plain_text.filter(lambda t: any(ord(c) > 127 for c in t)),
    st.integers(min_value=0),
    st.integers(min_value=0x80, max_value=0xFF),
)
def test_a_stray_byte_in_utf8_garbles_nothing_else(text, where, byte):
    # Insert one invalid byte at a character boundary: every other character survives, and
    # the stray byte becomes one character (its Windows-1252 reading) in its place.
    cut = where % (len(text) + 1)
    data = text[:cut].encode() + bytes([byte]) + text[cut:].encode()
    decoded = decode_bytes(data)
    assert decoded[:cut] == text[:cut]
    assert decoded[cut + 1 :] == text[cut:]
    assert len(decoded) == len(text) + 1


@SETTINGS
@given(st.one_of(documents(), st.text()))
def test_segment_units_tile_the_text(text):
    units = segment(text)
    if not units:
        assert not text.strip() or not any(
            line.strip() for line in text.replace("\r", "\n").split("\n")
        )
        return
    assert not text[: units[0].start].replace("\r", "\n").strip(), "only blank lines before"
    for unit, following in zip(units, units[1:]):
        assert unit.span_end == following.start
    assert units[-1].span_end == len(text)
    for index, unit in enumerate(units):
        assert unit.index == index
        assert unit.start < unit.end <= unit.span_end
        # A unit's text is its span's characters (only white space may differ), and a unit
        # never holds a blank line.
        assert unit.text
        assert "".join(unit.text.split()) == "".join(text[unit.start : unit.end].split())
        assert not BLANK_LINE.search(text[unit.start : unit.end])


# Removing junk changes a unit's neighbours, and the context pass reads neighbours: before
# decide_stable, "Comments (4)" here was kept while "By Jane Roe" followed it and removed
# once it was the last line (hypothesis shrank the failure to this). Kept as a regression.
ONCE_NOT_IDEMPOTENT = (
    "Engineers found cracks in two of the supporting pillars last spring.\n"
    "Comments (4)\n"
    "By Jane Roe\n"
)

# The rules after the model restore lines: "B" was kept as the start of the sentence "b"
# goes on with while "b" was removed, and removed on a second run, where another guard
# kept "b". Likewise "^" below, kept between two removed lines and removed once "B" was
# back beside it. The kept lines are now decided again before a result is final
# (Cleaner._settled_verdicts). Found by hypothesis; kept as regressions.
SENTENCE_START_RUN = "B\nb\ra\x850\u20280\r0\nShare this article\n"
RESTORED_NEIGHBOUR = "0\n^\nShare this article\nB\ra\x850\u20282\n0\n"


@SETTINGS
@given(documents())
@example(ONCE_NOT_IDEMPOTENT)
@example(SENTENCE_START_RUN)
@example(RESTORED_NEIGHBOUR)
def test_cleaning_text_is_idempotent(cleaner, source):
    once = cleaner.clean(source, kind="text").text
    assert cleaner.clean(once, kind="text").text == once


# A lone link was taken for a link round-up page (whose links are content) and kept, while
# the same line as text was removed. Found by hypothesis; kept as a regression.
LONE_SHARE_LINK = '<p class="donate"><p class="donate"><a class="donate">Share this article&amp;'


@SETTINGS
@given(html_ish())
@example(LONE_SHARE_LINK)
def test_cleaning_html_is_idempotent(cleaner, source):
    # The clean text of a page is text: clean it again as text. (Under kind="auto", text
    # that quotes markup, say a <title> full of tags, would be read as HTML again.)
    once = cleaner.clean(source).text
    assert cleaner.clean(once, kind="text").text == once
