"""A post's tag list under a "Tags" heading goes as meta; a story's own lists stay."""

from __future__ import annotations

import cleaner
from cleaner.tag_lists import keyword_line, tags_heading

STORY = [
    "Hiking club reopens the ridge path above Kellwang after the spring rockfall",
    "Volunteers from the Kellwang Alpine Club spent four weekends clearing the path that "
    "links the village with the Brenntal hut, which had been closed since a rockfall in "
    "April buried two of its switchbacks.",
    "The club said the repaired section is steeper than before and asked walkers to allow "
    "an extra half hour for the climb, and to turn back if the upper slabs are wet.",
    "Club chair Vreni Aufdermauer thanked the forestry office for lending a small digger "
    "and said the new steel steps should last for at least twenty years.",
    "The Brenntal hut opens for the season on Saturday and serves meals until the end of "
    "October, weather permitting, its warden told the club's members.",
]
TAGS = "ridge path, kellwang alpine club, brenntal hut, hiking 2025, rockfall"


def _labels(paragraphs: list[str], **options: object) -> dict[str, tuple[str, tuple[str, ...]]]:
    result = cleaner.clean("\n\n".join(paragraphs), "text", **options)
    return {d.unit.text: (d.label, d.reasons) for d in result.decisions}


def test_the_keyword_line_under_a_tags_heading_goes_as_meta():
    for heading in ("Tags", "Schlagworte:", "Etiquetas"):
        labels = _labels([*STORY, heading, TAGS])
        assert labels[heading][0] == "meta"
        assert labels[TAGS][0] == "meta"
        assert "context:tag_list" in labels[TAGS][1]
        assert all(labels[p][0] == "body" for p in STORY)


def test_the_same_line_stays_without_the_heading_or_above_the_article():
    # Under a subheading of the story's own words, or at the top, keywords are no tag list.
    assert _labels([*STORY, "Where to park", TAGS])[TAGS][0] == "body"
    assert "context:tag_list" not in _labels(["Tags", TAGS, *STORY])[TAGS][1]


def test_a_caller_who_keeps_meta_keeps_the_tags():
    assert _labels([*STORY, "Tags", TAGS], keep={"meta"})[TAGS][0] == "body"


def test_headings_and_keyword_lines():
    assert tags_heading("Tags") and tags_heading("Schlagworte:") and tags_heading("Etiquetas")
    assert not tags_heading("Where to park") and not tags_heading("Tagged in Kellwang")
    assert keyword_line(TAGS) and keyword_line("#Wahl | Landtag | Bayern")
    # Sentences, and a sentence with commas, are not keywords; nor is a lone word.
    assert not keyword_line("Flour, sugar, eggs and butter.")
    assert not keyword_line(
        "The mayor, the council and the police chief said no more than that in the hall today"
    )
    assert not keyword_line("Kellwang")
