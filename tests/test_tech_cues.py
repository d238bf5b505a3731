"""This round's cues: counts beside the comment section's words in any language ("12
comentários", "تبصرے (31)"), Thai date lines that name the month, and technology pages'
furniture; a story's own lines with numbers, dates and the same words are not named."""

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
        "Zum Forum: 214 Postings",
        "Zum Forum (63 Beiträge)",
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
        "Zum Forum der Stadt kamen 200 Menschen",
        "12 comentários de leitores foram removidos pela plataforma após a decisão",
    ],
)
def test_a_story_line_with_a_number_and_the_word_is_not_a_count(line: str) -> None:
    assert "comment_word" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line",
    [
        "วันอาทิตย์ที่ 15 กุมภาพันธ์ 2569 เวลา 21.35 น.",
        "วันพุธที่ 27 พฤศจิกายน 2567 เวลา 10:18 น.",
        "12 มีนาคม 2568 · อ่าน 5 นาที",
        "กองบรรณาธิการ · 12 พฤศจิกายน 2567",
    ],
)
def test_a_thai_date_line_with_the_month_named_is_meta(line: str) -> None:
    assert rule_labels(line).get("dateline_short") == "meta", line


def test_a_thai_sentence_that_names_a_date_is_not_a_date_line() -> None:
    line = (
        "เมื่อวันที่ 15 กุมภาพันธ์ 2569 คณะกรรมการการเลือกตั้งได้ประกาศผลการนับคะแนนอย่างเป็นทางการ"
        "ในทุกเขตของจังหวัด หลังจากการนับคะแนนใหม่สองครั้ง"
    )
    assert "dateline_short" not in rule_labels(line)
