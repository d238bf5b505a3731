"""The furniture of opinion pages, letters pages, interviews, fact-checks and live blogs
(lexicon_opinion.py, line_forms.match_minute, lexicon.py's clock times), in many languages; a
story's own sentences about the same things are not named."""

from __future__ import annotations

import pytest

from cleaner.rules import rule_hits


def _reasons(text: str) -> set[str]:
    return {hit.reason for hit in rule_hits(text)}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Opinion", "section_kicker"),
        ("Gastbeitrag", "section_kicker"),
        ("More opinion", "more_pieces"),
        ("Share this update", "entry_share"),
        ("Show key events only", "blog_control"),
        ("Listen to this column", "listen_button"),
        ("The views expressed are the author's own.", "views_note"),
        ("Die Autorin ist Lehrerin in Kassel.", "author_is"),
        ("Letters should not exceed 250 words and may be edited.", "letters_call"),
        ("This live blog has ended. Thank you for following.", "live_ended"),
        # Live-blog stamps: a match minute, clock times written the local way.
        ("90'+4'", "match_minute"),
        ("ST 44'", "match_minute"),
        ("16.02 uur", "clock_time"),
        ("kl. 14.32", "clock_time"),
        ("21:05 ч.", "clock_time"),
    ],
)
def test_opinion_and_live_blog_furniture_is_named(line, reason):
    assert reason in _reasons(line)


def test_a_storys_own_lines_are_no_furniture():
    for line, reason in (
        # A subheading or sentence holds more than the kicker's or button's words.
        ("Opinion polls put the mayor ten points ahead.", "section_kicker"),
        ("Listeners were asked to share this update with neighbours.", "entry_share"),
        # A number without a minute mark, a score, a race time: no stamps.
        ("78", "match_minute"),
        ("2:07:41", "clock_time"),
        ("15.12", "clock_time"),
        # A critic's sentence that opens with the author's name is no bio opening.
        ("The author's new novel is set in Gdańsk.", "author_is"),
    ):
        assert reason not in _reasons(line), line


def test_an_interviews_edited_note_is_the_storys_own():
    # Editors' notes are body (the contract): only a translation credit is a note.
    assert "translation_note" not in _reasons("This interview has been edited for clarity.")
    assert "translation_note" in _reasons("Translated from the Spanish by Daniel Whitford")
