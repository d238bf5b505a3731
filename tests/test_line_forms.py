"""Lines told by their form (line_forms.py): the dated facts that are no page's date line,
and a player's clock."""

from __future__ import annotations

import pytest

from cleaner.line_forms import dated_fact, player_clock
from cleaner.rules import rule_hits


@pytest.mark.parametrize(
    "line",
    [
        "The highest readings at 16:00 were:",  # a list's lead-in
        "febrer 2024: 14 %",  # a dated value
        "Donderdag 17.00 – 19.30 uur",  # opening hours
        "01.03.2023 – 30.11.2023",  # a period between two dates
        "LX 1612 Zurich 07:05 – Vilnius 10:40",  # a timetable's row
        "Doors open at 18:00 and the band plays until late.",  # a sentence naming a time
    ],
)
def test_a_fact_with_a_date_or_time_is_no_date_line(line):
    assert dated_fact(line)
    assert "dateline_short" not in {hit.reason for hit in rule_hits(line)}


@pytest.mark.parametrize(
    "line", ["12 March 2025, 18:40", "29.07.2025 | 18:40", "13.05.2023 | Lesedauer: 6 Min."]
)
def test_a_pages_own_date_line_is_no_fact(line):
    assert not dated_fact(line)


def test_a_players_clock_is_its_position_and_length_alone():
    assert player_clock("00:00 / 38:42")
    assert player_clock("▶ 0:00 / 1:02:10")
    assert not player_clock("Listen: 0:00 / 38:42 minutes")
    assert not player_clock("12:30 Police close the bridge")
    assert "audio_player" in {hit.reason for hit in rule_hits("00:00 / 38:42")}
