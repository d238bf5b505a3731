"""Guards in decide(): what the model alone may not remove.

The probabilities are set by hand so each test isolates one guard; the texts are real
units run through make_inputs (rules, word counts, news voice).
"""

from __future__ import annotations

import numpy as np

from cleaner.decide import LABEL_INDEX, decide
from cleaner.features import make_inputs


def _decide(units: list[tuple[str, str, float]]):
    """decide() where each unit's first and second pass give `label` probability `p`."""
    texts = [text for text, _label, _p in units]
    probs = np.zeros((len(units), len(LABEL_INDEX)))
    for row, (_text, label, p) in enumerate(units):
        probs[row, LABEL_INDEX[label]] = p
        probs[row, 0] += 1 - p if label != "body" else 0
    return decide(make_inputs(texts), probs, probs)


ARTICLE = (
    "The county council approved the plan on Tuesday after a long debate about costs, "
    "with members from both groups agreeing that the old depot had to be replaced soon."
)


def test_a_list_mostly_read_as_body_keeps_its_doubted_items():
    teams = ["Spain", "Sweden", "Poland", "France", "Turkey", "Wales"]
    items = [f"- {team} (Group {n}): {n + 2}th appearance" for n, team in enumerate(teams)]
    # The first pass is sure about two items, unsure (below 0.5) about four.
    probs = [0.9, 0.4, 0.3, 0.9, 0.45, 0.35]
    verdicts = _decide(
        [(ARTICLE, "body", 0.95)] * 3 + [(t, "related", p) for t, p in zip(items, probs)]
    )
    assert [v[0] for v in verdicts[3:]] == ["body"] * 6
    assert "guard:list_reads_as_body" in verdicts[3][3]
    # A list the first pass is sure about (four of six) is not protected.
    probs = [0.9, 0.9, 0.3, 0.9, 0.9, 0.35]
    verdicts = _decide(
        [(ARTICLE, "body", 0.95)] * 3 + [(t, "related", p) for t, p in zip(items, probs)]
    )
    assert [v[0] for v in verdicts[3:]].count("related") == 4


def test_a_long_paragraph_without_any_cue_is_kept():
    paragraph = (
        "Our goal with these quarterly open threads is to give readers a place to raise "
        "whatever is on their minds, from questions about earlier posts to topics we have "
        "not covered yet, and we read every one of them before planning the next season "
        "of articles for the blog."
    )
    assert len(paragraph.split()) >= 40
    verdicts = _decide([(ARTICLE, "body", 0.95), (paragraph, "donation", 0.95)])
    assert verdicts[1][0] == "body"
    assert "guard:long_for_label" in verdicts[1][3]
    # The same length with a cue ("support us") is the model's call.
    appeal = paragraph + " Please support us with a monthly donation if you can."
    verdicts = _decide([(ARTICLE, "body", 0.95), (appeal, "donation", 0.95)])
    assert verdicts[1][0] == "donation"


def test_teaser_and_interface_labels_have_a_length_limit():
    long_text = " ".join(["The ferry service will run twice a day"] * 6)  # 48 words
    verdicts = _decide([(ARTICLE, "body", 0.95), ("Close", "ui", 0.95), (long_text, "ui", 0.95)])
    assert verdicts[1][0] == "ui"
    assert verdicts[2][0] == "body"
