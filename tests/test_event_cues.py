"""Pages about weddings and events, gaming and esports, DIY and repair, learning and
explainers, and small business and trades: their furniture (lexicon_events.py, download
buttons with a file tag) and their story's lines that read like junk (a day's timeline, a
game's requirements, a repair's steps)."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.lexicon_events import EVENT_CUES


def test_the_new_table_covers_every_language() -> None:
    assert_covers_every_language(EVENT_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Buttons, list headings, widgets, ads, channel asks and appeals (lexicon_events.py).
        ("Check answer", "widget_ui", "ui"),
        ("Segna come risolto", "widget_ui", "ui"),
        ("Similar threads", "related_heading", "related"),
        ("Discussioni simili", "related_heading", "related"),
        ("Subscribe to this thread", "page_feedback", "ui"),
        ("Join our Discord server: match nights every Friday from 8 pm.", "follow_us", "social"),
        ("Become a patron and get the episodes a week early.", "support_ask", "donation"),
        # A download button with its file's type and size after its words.
        ("Download the worksheet (PDF)", "widget_ui", "ui"),
        ("Stiahnuť pracovný list (PDF, 240 kB)", "widget_ui", "ui"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A story's attachment is named by its title, no button's words.
        "Arrêté municipal de circulation n° 2024-187 (PDF, 214 Ko)",
        "Harmonogram vývozu odpadu 2025 (PDF, 198 kB)",
        # A story reports on a streamer's appeal in news voice, past tense.
        "Last year the streamer asked viewers to become patrons, and 2,000 of them did.",
    ],
)
def test_a_storys_attachments_and_reports_are_no_furniture(line: str) -> None:
    assert not {"widget_ui", "support_ask"} & set(rule_labels(line)), line
