"""Units from the layouts scrapers and datasets produce: lines, hard-wrapped paragraphs,
and text whose line breaks were collapsed away."""

from __future__ import annotations

import json
import textwrap

from conftest import assert_lossless
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_seed import APPEAL, expected_body

from cleaner.records_io import record_examples
from cleaner.segment import RUN_TOGETHER, segment


def seed_paragraphs(seed_text: str) -> list[str]:
    return [line.strip() for line in seed_text.splitlines() if line.strip()]


def body_paragraphs(seed_text: str) -> list[str]:
    return seed_paragraphs(expected_body(seed_text))


def squeeze(text: str) -> str:
    return " ".join(text.split())


# --- hard-wrapped text -------------------------------------------------------------------


def test_wrapped_paragraphs_are_units_again(seed_text):
    paragraphs = seed_paragraphs(seed_text)
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    assert [u.text for u in segment(wrapped)] == paragraphs


def test_wrapped_paragraphs_without_blank_lines_are_found_by_their_last_line(seed_text):
    paragraphs = seed_paragraphs(seed_text)
    wrapped = "\n".join(textwrap.fill(p, 72) for p in paragraphs)
    units = [u.text for u in segment(wrapped)]
    # A paragraph ends where a line ended a sentence before the width ran out; a break
    # after a sentence inside a paragraph may also split it, never join two paragraphs.
    for paragraph in paragraphs:
        assert any(unit in paragraph for unit in units)
    for unit in units:
        assert any(unit in paragraph for paragraph in paragraphs), unit


def test_wrapped_seed_is_cleaned_like_the_seed(cleaner, seed_text):
    paragraphs = seed_paragraphs(seed_text)
    layouts = [
        "\n\n".join(textwrap.fill(p, 72) for p in paragraphs),
        "\n\n".join(textwrap.fill(p, 80) for p in paragraphs).replace("\n", "\r\n"),
        "\n".join(textwrap.fill(p, 60) for p in paragraphs),
    ]
    for wrapped in layouts:
        result = cleaner.clean(wrapped, kind="text")
        assert_lossless(wrapped, result)
        # The body is all kept (textwrap breaks at hyphens, so compare without white space).
        assert "".join(result.text.split()) == "".join("".join(body_paragraphs(seed_text)).split())
        assert "support us monthly" in squeeze(" ".join(r.text for r in result.removed))


def test_a_hyphen_at_the_wrap_joins_the_word_again():
    text = "\n".join(
        [
            "The council said the long-awaited bridge repairs would start in the first",
            "week of March and last until the end of the summer, according to the well-",
            "known engineering firm that won the contract after a year of delays and a",
            "public consultation that drew more than four thousand written responses.",
        ]
    )
    (unit,) = segment(text)
    assert "well-known engineering" in unit.text
    assert unit.start == 0 and unit.end == len(text)


def test_lines_that_were_not_wrapped_stay_lines():
    headlines = [
        "Council approves new budget after a long night of debate in the chamber",
        "Storm warning issued for the coast as winds reach ninety kilometres an hour",
        "Local bakery wins national award for the third year running this spring",
        "Schools to stay open during the holidays for children who need a warm meal",
    ]
    assert [u.text for u in segment("\n".join(headlines))] == headlines
    # One line longer than the others that a wrapping tool would have broken: not wrapped.
    article = "\n".join([headlines[0], "word " * 40, *headlines[1:]])
    assert len(segment(article)) == 5


def test_list_items_and_headings_start_their_own_unit():
    width = 60
    paragraph = textwrap.fill(
        "The report lists the measures the city will take over the next two years to "
        "reduce traffic in the old town and to make the streets safer for children",
        width,
    )
    items = ["- wider pavements on the main streets of the centre", "- a lower speed limit"]
    text = "\n".join([paragraph, *items, "## What comes next", paragraph])
    texts = [u.text for u in segment(text)]
    assert items[0] in texts and items[1] in texts and "## What comes next" in texts


def test_chinese_lines_are_not_taken_for_wrapped_text():
    lines = ["台风今晨登陆沿海地区，全市已转移群众四万六千人。", "记者 周雨桐", "相关阅读：台风"]
    lines *= 3
    assert [u.text for u in segment("\n".join(lines))] == lines


# --- run-together text -------------------------------------------------------------------


def test_a_run_together_article_is_read_sentence_by_sentence(cleaner, seed_text):
    flat = squeeze(seed_text)
    assert len(flat) > RUN_TOGETHER
    result = cleaner.clean(flat, kind="text")
    assert_lossless(flat, result)
    removed = squeeze(" ".join(r.text for r in result.removed))
    assert "please support us monthly" in removed
    assert "Remind me later." in removed
    # Every paragraph of the article is still there.
    for paragraph in body_paragraphs(seed_text):
        assert paragraph in result.text, paragraph[:60]
    assert {r.label for r in result.removed} <= {label for _prefix, label in APPEAL}


def test_an_appeal_glued_to_the_last_paragraph_is_cut_off(cleaner, seed_text):
    body = body_paragraphs(seed_text)
    appeal = squeeze(" ".join(seed_paragraphs(seed_text)[len(body) :]))
    text = "\n\n".join([*body[:-3], " ".join([*body[-3:], appeal])])
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    assert "please support us monthly" not in result.text
    for paragraph in body:
        assert paragraph in result.text, paragraph[:60]


def test_a_record_of_run_together_text_converts_back_to_labelled_sentences(cleaner, seed_text):
    flat = squeeze(seed_text)
    record = json.loads(json.dumps(cleaner.clean(flat, kind="text").to_dict()))
    rows = record_examples(record)
    assert [row["text"] for row in rows] == [unit.text for unit in segment(flat)]
    label_of = {row["text"]: row["label"] for row in rows}
    (appeal_header,) = [text for text in label_of if "Dear readers," in text]
    assert label_of[appeal_header] == "donation"
    zelensky = "Zelensky said the attack cast doubt on Russia’s commitment to diplomacy."
    assert label_of[zelensky] == "body"


def test_a_one_line_document_is_read_as_sentences_sooner(cleaner):
    body = (
        "The regional council voted on Tuesday to keep the night bus running for another "
        "year after a petition gathered more than four thousand signatures. The service, "
        "which links the hospital with the outer villages, had been due to end in March. "
        "Drivers' unions welcomed the decision but warned that staffing remains tight, "
        "with six posts still open."
    )
    appeal = "Support independent local news: become a member today from just $5 a month."
    text = f"{body} {appeal}"
    assert len(text) < RUN_TOGETHER
    assert len(segment(text)) == 4
    assert len(segment(f"Headline\n{text}")) == 2  # one line among others: a paragraph
    result = cleaner.clean(text, kind="text")
    assert result.text.strip() == body
    assert [r.label for r in result.removed] == ["donation"]


def test_a_long_run_of_glued_lines_is_kept_with_the_sentence_it_holds(cleaner, seed_text):
    # A byline, a menu and a share row without full stops run into the first sentence of
    # the article: the piece is long, and cutting it would cut that sentence.
    glued = (
        "Follow us on Telegram | Share on Facebook | Share on X | Copy link | "
        "Subscribe to our newsletter | Comments (14) | Print | "
    ) * 4
    flat = glued + squeeze(seed_text)
    result = cleaner.clean(flat, kind="text")
    assert result.text.startswith(glued + "A second round of talks")
    (first,) = [d for d in result.decisions if d.unit.start == 0]
    assert first.label == "body" and "guard:glued_lines" in first.reasons
    assert "please support us monthly" not in result.text


def test_sentences_split_only_where_a_new_sentence_starts():
    sentence = "The committee met on Tuesday and approved the plan after a long debate. "
    filler = sentence * (RUN_TOGETHER // len(sentence) + 1)
    text = filler + "Prices rose approx. 5 per cent, e.g. for bread. Dr. Ruth Okafor said so."
    texts = [u.text for u in segment(text)]
    assert "Prices rose approx. 5 per cent, e.g. for bread." in texts
    assert texts[-1] == "Dr. Ruth Okafor said so."  # too short to stand alone: "Dr."


def test_a_run_of_stops_makes_no_more_pieces_than_its_length_allows():
    text = "。" * 30_000 + "Done!? " * 5_000
    units = segment(text)
    assert len(units) <= len(text) // 3
    assert "".join("".join(u.text.split()) for u in units) == "".join(text.split())


def test_chinese_counts_as_long_sooner_and_splits_at_its_full_stops():
    sentence = "临澜市防汛防台指挥部宣布，将防台风应急响应由一级调整为二级。"
    text = sentence * 15
    assert len(text) < RUN_TOGETHER
    assert [u.text for u in segment(text)] == [sentence] * 15


def test_a_long_paragraph_is_one_unit():
    paragraph = ("The minister said the plan would be reviewed next year. " * 15).strip()
    assert len(paragraph) < RUN_TOGETHER
    assert [u.text for u in segment(f"Headline\n{paragraph}")] == ["Headline", paragraph]


# --- invariants --------------------------------------------------------------------------

WORDS = st.sampled_from(
    "the council said on Tuesday that bridge repairs would start soon. Support us today! "
    "Subscribe now? well- known approx. 5 e.g. «Quote» 台风登陆。 — • - 1. ##".split(" ")
)
LAYOUTS = st.sampled_from(["flat", "wrapped", "wrapped-tight", "crlf"])


@st.composite
def laid_out(draw) -> str:
    paragraphs = [
        " ".join(draw(st.lists(WORDS, min_size=1, max_size=200)))
        for _ in range(draw(st.integers(1, 12)))
    ]
    layout, width = draw(LAYOUTS), draw(st.integers(20, 130))
    if layout == "flat":
        return " ".join(paragraphs)
    wrapped = [textwrap.fill(p, width) for p in paragraphs]
    if layout == "wrapped":
        return "\n\n".join(wrapped)
    if layout == "crlf":
        return "\r\n\r\n".join(wrapped).replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    return "\n".join(wrapped)


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(laid_out())
def test_units_tile_any_layout(text):
    units = segment(text)
    assert units[0].start == 0 and units[-1].span_end == len(text)
    for unit, following in zip(units, units[1:]):
        assert unit.span_end == following.start
    for unit in units:
        assert unit.start < unit.end <= unit.span_end
        # A unit's text is its span's characters; only white space may differ.
        assert "".join(unit.text.split()) == "".join(text[unit.start : unit.end].split())
        assert not text[unit.end : unit.span_end].strip()


@SETTINGS
@given(laid_out())
def test_any_layout_is_cleaned_losslessly(cleaner, text):
    assert_lossless(text, cleaner.clean(text, kind="text"))
