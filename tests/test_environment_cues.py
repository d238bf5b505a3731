"""This round's cues (climate, environment, weather and disaster pages): a gallery's label
with its count in any language, a teaser list's heading alone on its line; a story's own
lines that name a gallery or start with the same words are not named."""

from __future__ import annotations

import pytest
from conftest import rule_labels


@pytest.mark.parametrize(
    "line",
    [
        "Галерея: 1 из 18",
        "Fotoğraf galerisi (12)",
        "GALERIJA (23)",
        "Ver galeria (12 fotos)",
        "Zobraziť fotogalériu (36 fotiek)",
        "Погледајте галерију (8)",
        "Bildergalerie",
        "Galleria",
    ],
)
def test_a_gallerys_label_and_count_is_ui(line: str) -> None:
    assert rule_labels(line).get("gallery_counter") == "ui", line


@pytest.mark.parametrize(
    "line",
    [
        "National Gallery (1824)",
        "Gallery owner arrested after the flood",
        "Galleria Calloway, 14 Feb – 8 June",
        "Gallery attendance hits record high",
        "The gallery reopened on Monday after the water had been pumped out.",
    ],
)
def test_a_story_line_about_a_gallery_is_not(line: str) -> None:
    assert "gallery_counter" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Podobne artykuły",
        "Sullo stesso argomento",
        "Похожие материалы",
        "Auch lesenswert",
        "Ler também",
    ],
)
def test_a_teaser_prefix_alone_heads_a_teaser_list(line: str) -> None:
    assert rule_labels(line).get("related_heading") == "related", line


@pytest.mark.parametrize(
    "line",
    [
        "Podobne artykuły ukazały się w trzech gazetach, zanim rzeka opadła.",
        "Lees ook de waarschuwing van het KNMI voordat u de weg op gaat.",
    ],
)
def test_a_sentence_that_opens_with_the_same_words_is_not_a_heading(line: str) -> None:
    assert "related_heading" not in rule_labels(line), line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Las lecturas más altas a las 16:00 horas fueron:", "dateline_short"),
        ("cupru: 2,8 mg/l (de 56 de ori peste limită)", "readers_rating"),
        ("Debit: 4,5 m³/s (de 3 ori peste medie)", "readers_rating"),
        ("Strømstøtten dekker 85 prosent av strømprisen over 80 øre/kWh.", "author_bio"),
    ],
)
def test_a_storys_figures_are_no_date_rating_or_bio(line: str, reason: str) -> None:
    assert reason not in rule_labels(line), line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Stand: 14:02 Uhr", "dateline_short"),
        ("4,7 (1.234 Bewertungen)", "readers_rating"),
        ("Kari Nordmann dekker klima og miljø for avisen.", "author_bio"),
    ],
)
def test_the_page_lines_they_are_told_from_still_are(line: str, reason: str) -> None:
    assert reason in rule_labels(line), line
