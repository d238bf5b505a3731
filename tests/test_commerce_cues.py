"""The shop and widget furniture of reviews, recipes and guides (lexicon_commerce.py):
affiliate disclosures, jump and shop buttons, press-trip and price notes, rating prompts
and readers' ratings, in many languages; a story's own sentences about the same things
are not named."""

from __future__ import annotations

import pytest

from cleaner.rules import rule_hits


def _reasons(text: str) -> set[str]:
    return {hit.reason for hit in rule_hits(text)}


@pytest.mark.parametrize(
    "line",
    [
        "Some links in this guide are partner links: we may receive a commission on purchases.",
        "Einige Links in diesem Artikel sind Partnerlinks. Kaufen Sie darüber, erhalten wir "
        "eine Provision; der Preis bleibt für Sie gleich.",
        "Certains liens de cet article sont affiliés : nous pouvons percevoir une commission.",
    ],
)
def test_an_affiliate_disclosure_names_its_links_and_what_they_earn(line):
    assert "earning_links" in _reasons(line)


def test_links_or_earnings_alone_are_no_disclosure():
    for line in (
        "The links on this page open the council's own documents in a new window.",
        "Retailers pay comparison sites a commission on every sale, the regulator found.",
    ):
        assert "earning_links" not in _reasons(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jump to Recipe", "jump_link"),
        ("Show all 12 products", "jump_link"),  # read without its count
        ("Alle 9 Modelle anzeigen", "jump_link"),
        ("Compare prices", "shop_button"),
        ("Porównaj oferty", "shop_button"),
        ("Rate this recipe", "rate_prompt"),
        ("The writer travelled as a guest of the Upper Vale tourism office.", "press_trip"),
        ("Prices may change; they were checked on the day of publication.", "price_note"),
    ],
)
def test_shop_and_widget_furniture_is_named(line, reason):
    assert reason in _reasons(line)


def test_a_guides_own_lines_are_no_buttons():
    # A heading or a sentence holds more than the button's words.
    for line in ("Show all the photos from the trip in the gallery below.", "Prices"):
        assert not _reasons(line) & {"jump_link", "shop_button"}


@pytest.mark.parametrize(
    "line",
    ["★★★★★ 4.8 from 412 votes", "4,8 от 1 201 гласа", "4.9（276 則評分）", "4,7 (89 votes)"],
)
def test_a_readers_rating_with_its_vote_count_is_named(line):
    assert "readers_rating" in _reasons(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our verdict: 4.5 stars",  # the reviewer's own score counts nothing
        "Verdict: 4.5 out of 5 stars",  # a scale is no count
        "Arbook 14 review: 1.1 kg and 17 hours on a charge",  # a headline's numbers
        "Weight 4.7 kg, battery 12 hours",
        # a walk's stage: a summit's height in brackets is no vote count, a distance no score
        "Untere Riedalpe – Kälberjoch (1.610 m): 1 Std. 15 Min., 2,1 km",
        "Stage 3 (2,340 ft): 4.2 mi",
    ],
)
def test_a_reviewers_score_is_no_readers_rating(line):
    assert "readers_rating" not in _reasons(line)
