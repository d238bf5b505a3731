"""Run-together text: junk without a full stop glued to the sentence after it is cut off."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import assert_lossless
from test_segment import body_paragraphs, squeeze

from cleaner.errors import InputError
from cleaner.glued import cut_glued
from cleaner.records_io import record_examples
from cleaner.segment import segment, sentence_pieces

BYLINE = "By Anna Petrova, Moscow correspondent | 12 February 2026 | 6 min read"


def test_a_byline_glued_to_the_first_sentence_is_cut_off(cleaner, seed_text):
    flat = f"{BYLINE} {squeeze(seed_text)}"
    result = cleaner.clean(flat, kind="text")
    assert_lossless(flat, result)
    assert result.text.startswith("A second round of talks")
    (byline,) = [r for r in result.removed if r.start == 0]
    assert byline.text.strip() == BYLINE and byline.label == "meta"
    for paragraph in body_paragraphs(seed_text):
        assert paragraph in result.text, paragraph[:60]
    assert "please support us monthly" not in result.text


def fake_first_pass(inputs) -> np.ndarray:
    """Body probability 0.05 for text with a share prompt, 0.95 for any other (column 0)."""
    body = [0.05 if "Share" in item.text or "Copy link" in item.text else 0.95 for item in inputs]
    return np.array([[p, 1.0 - p] for p in body])


SENTENCE = "The council met on Tuesday and approved the plan after a long debate."


def run_together(*parts: str) -> str:
    return " ".join(parts + (SENTENCE,) * 30)  # long enough to be read as sentences


def test_the_cut_falls_where_junk_ends_and_units_still_tile():
    text = run_together(SENTENCE, "Share on Facebook Share on X Copy link " + SENTENCE)
    units = segment(text)
    cut = cut_glued(text, units, sentence_pieces(text, units), fake_first_pass)
    assert len(cut) == len(units) + 1
    assert [u.text for u in cut[1:3]] == ["Share on Facebook Share on X Copy link", SENTENCE]
    assert [u.index for u in cut] == list(range(len(cut)))
    assert cut[0].start == 0 and cut[-1].span_end == len(text)
    for unit, following in zip(cut, cut[1:]):
        assert unit.span_end == following.start
        assert "".join(unit.text.split()) == "".join(text[unit.start : unit.end].split())


def test_a_piece_that_reads_as_body_throughout_is_not_cut():
    text = run_together("Officials Said The Plan Would Cost More Than Expected " + SENTENCE)
    units = segment(text)
    assert cut_glued(text, units, sentence_pieces(text, units), fake_first_pass) == units


def test_lines_are_never_cut():
    text = "\n".join(["Share on Facebook Share on X Copy link " + SENTENCE, SENTENCE])
    units = segment(text)
    assert not any(sentence_pieces(text, units))
    assert cut_glued(text, units, sentence_pieces(text, units), fake_first_pass) == units


def test_a_record_with_a_glued_cut_converts_back_to_labelled_rows(cleaner, seed_text):
    flat = f"{BYLINE} {squeeze(seed_text)}"
    record = json.loads(json.dumps(cleaner.clean(flat, kind="text").to_dict()))
    rows = record_examples(record)
    assert (rows[0]["text"], rows[0]["label"]) == (BYLINE, "meta")
    assert rows[1]["text"].startswith("A second round of talks") and rows[1]["label"] == "body"
    assert [row["pos"] for row in rows] == list(range(len(rows)))
    # Deleting the cut's entry leaves a span that starts nowhere a unit could: caught.
    del record["removed"][0]
    with pytest.raises(InputError, match='set its label to "body"'):
        record_examples(record)
