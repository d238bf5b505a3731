"""Technology pages' furniture, and counts beside the comment section's words in any
language ("12 comentários", "تبصرے (31)"); a story's own lines with numbers and the same
words are not named."""

from __future__ import annotations

import pytest
from conftest import rule_labels


@pytest.mark.parametrize(
    "line",
    [
        "7 comentários",
        "Réagir (84)",
        "تبصرے (31)",
        "نظرات (۱۴)",
        "Ý kiến (46)",
        "Ver 12 comentarios",
        "Komentarze: 11",
        "8 પ્રતિભાવ",
    ],
)
def test_a_comment_count_is_named_in_any_language(line: str) -> None:
    assert rule_labels(line).get("comment_word") == "comments", line


@pytest.mark.parametrize(
    "line",
    [
        "In 2024 comments on the bill rose to 3,100",
        "2024",
        "Comments 2026 policy",
        "12 comentários de leitores foram removidos pela plataforma após a decisão",
    ],
)
def test_a_story_line_with_a_number_and_the_word_is_not_a_count(line: str) -> None:
    assert "comment_word" not in rule_labels(line), line
