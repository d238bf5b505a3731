"""A writer's bio found by what the writer writes about (bios.py), and dates in the
nominative month names some languages print."""

from __future__ import annotations

import pytest
from conftest import rule_labels

from cleaner.bios import writer_bio


@pytest.mark.parametrize(
    "line",
    [
        "Marieke Dijkstra is bouwkundige en schrijft al tien jaar over onderhoud van woningen.",
        "Hannah Ruiz writes about consumer technology and personal finance.",
        "Jana Wittkamp ist Gerichtsreporterin und schreibt seit 2019 für den Morgen über Prozesse.",
        "Giulia Ravagli scrive di arte antica e medievale. Vive a Bologna.",
        "Inês Carvalhal escreve sobre comida tradicional portuguesa e vive em Lisboa.",
        "Ondřej Malina je ekonom a píše o dopravě pro Hlas Podhůří.",
    ],
)
def test_a_writers_bio_is_found_by_what_they_write_about(line):
    assert writer_bio(line), line
    assert rule_labels(line).get("author_bio") == "meta"


@pytest.mark.parametrize(
    "line",
    [
        # Reported speech: the verb of writing without "about" after it.
        "Das Ministerium schreibt in einer E-Mail, dass es den Fall prüft.",
        "Retten skriver i dommen at opplysningene ikke er hemmelige.",
        # A name in the story, cut off by a comma.
        "Marcus Lee, who writes about fintech, tried both models last year.",
        # A sentence, not a name.
        "The council writes to every household about the new bins.",
        "Er schreibt über seine Kindheit in einem Dorf an der Oder.",
        # A surname alone: a review speaking of an author.
        "Ferrante writes about friendship with a clarity few match.",
    ],
)
def test_a_story_sentence_about_writing_is_no_bio(line):
    assert not writer_bio(line), line


def test_a_long_paragraph_is_no_bio():
    line = "Anna Berg writes about housing. " + "She found that rents rose again. " * 12
    assert not writer_bio(line)


@pytest.mark.parametrize("line", ["2. julij 2024", "12. marec 2025", "3. junij 2023"])
def test_slovenian_nominative_months_make_a_date_line(line):
    assert rule_labels(line).get("dateline_short") == "meta", line


STORY = [
    "Lekke kranen en vocht in de badkamer: zo pak je het aan",
    "Wie een oude badkamer heeft, kent het probleem: schimmel in de voegen en een muffe geur"
    " die na het douchen blijft hangen.",
    "Volgens installateurs begint het bijna altijd bij slechte ventilatie. Een badkamer zonder"
    " raam heeft een mechanische afzuiging nodig die na het douchen nog een kwartier draait.",
    "Verder helpt het om na elke douchebeurt de wanden en vloer even af te trekken met een"
    " trekker. Dat kost een minuut en scheelt veel vocht.",
    "Een vochtmeter van een paar tientjes laat zien of het werkt: na een half uur hoort de"
    " luchtvochtigheid weer onder de zeventig procent te zitten.",
]
BIO = (
    "Marieke Dijkstra is bouwkundige en schrijft al tien jaar over onderhoud en verduurzaming"
    " van woningen."
)


def test_a_bio_under_the_article_goes_and_the_same_sentence_inside_it_stays(cleaner):
    result = cleaner.clean("\n\n".join([*STORY, BIO]), kind="text")
    [removed] = result.removed
    assert removed.text == BIO and removed.label == "meta"
    assert "rule:author_bio" in removed.reasons
    # Inside the article the cue holds no weight: the sentence may be the story's.
    inside = cleaner.clean("\n\n".join([*STORY[:2], BIO, *STORY[2:]]), kind="text")
    assert BIO in inside.text and not inside.removed
