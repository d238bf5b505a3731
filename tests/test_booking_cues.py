"""A booking or search widget's leftovers (lexicon_booking.py): its search button, a row of
its field labels and its guest counts, as whole lines in many languages; a story's own
sentences, names and section headings are not named."""

from __future__ import annotations

import pytest
from conftest import assert_not_named, assert_same_kinds_in_lower_case, rule_labels

from cleaner import clean
from cleaner.lexicon_booking import BOOKING_CUES


@pytest.mark.parametrize(
    "line",
    [
        # Search buttons.
        "Suchen",
        "Buscar",
        "Найти",
        "Претражи",
        "Rechercher des hôtels",
        "検索",
        # Rows of field labels.
        "Check-in — Check-out — Guests",
        "Anreise Abreise Gäste",
        "Заезд — Выезд — Гости",
        "Датум доласка – Датум одласка – Број гостију",
        "Hinflug · Rückflug",
        # Guest counts.
        "2 adults, 1 room",
        "2 Erwachsene, 1 Zimmer",
        "2 yetişkin, 1 oda",
        "2 взрослых · 1 ребёнок",
        "2位成人，1间客房",
    ],
)
def test_a_booking_widgets_line_is_named(line):
    assert "ui" in rule_labels(line).values()


def test_a_storys_sentences_names_and_headings_are_not_named():
    assert_not_named(
        [
            "The search",
            "Search for the missing hiker resumed at dawn",
            "Finn",
            "Recherche",
            "Pesquisa",
            "2 adults",
            "We paid 240 euros for 2 adults and 1 child.",
            "Arrival",
            "Adults and children",
            "De a",
        ],
        {"ui_word", "widget_ui"},
    )


def test_every_language_has_the_same_kinds_in_lower_case():
    assert_same_kinds_in_lower_case(BOOKING_CUES)


def test_a_hotel_search_box_inside_a_travel_story_goes():
    story = [
        "Three days on the lake: where the old ferry still runs",
        "The ferry from Haldenwick leaves at seven and takes forty minutes to cross the "
        "lake, stopping twice at villages that have no road of their own.",
        "On the far shore, the old customs house has become a small museum about the "
        "smugglers who crossed the water at night until the 1950s.",
        "In the evening, the harbour restaurants serve perch from the lake with potatoes "
        "and a green sauce that every cook claims to have invented.",
    ]
    widget = ["Check-in — Check-out — Guests", "2 adults, 1 room", "Search"]
    result = clean("\n\n".join(story[:2] + widget + story[2:]), "text")
    assert result.text.split("\n\n") == story
    assert [(r.label, r.text.strip()) for r in result.removed] == [("ui", w) for w in widget]
