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
        # A download word and a file's type in a short line (widget_forms.download_button).
        ("Télécharger la fiche expérience (PDF)", "download_button", "ui"),
        ("Pobierz plan w PDF", "download_button", "ui"),
        ("下載PDF圖解版", "download_button", "ui"),
        ("Route herunterladen (GPX)", "download_button", "ui"),
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
        # A sentence that says "download" and "PDF" is no button.
        "Parents can download the timetable as a PDF.",
        "The council asks residents to download the PDF form and return it by post by May.",
        # A story reports on a streamer's appeal in news voice, past tense.
        "Last year the streamer asked viewers to become patrons, and 2,000 of them did.",
    ],
)
def test_a_storys_attachments_and_reports_are_no_furniture(line: str) -> None:
    assert not {"widget_ui", "download_button", "support_ask"} & set(rule_labels(line)), line


def test_a_storys_timeline_requirements_and_steps_stay() -> None:
    # A wedding day's timeline, a game's requirements and a repair's steps read like a
    # page's stamps, specs box and widget rows.
    rows = [
        "14:00 Ceremony under the oak in the walled garden",
        "15:30 Drinks on the lawn while the brass band played",
        "18:00 Dinner in the barn: three courses from the village pub",
        "Minimum: Windows 10, Intel Core i5-6600, 8 GB RAM, GeForce GTX 1060 (6 GB)",
        "1. Loosen the wheel nuts, jack the car up and take the wheel off.",
        "2. Undo the two caliper bolts (13 mm) and hang the caliper on a cable tie.",
        "3. Fit the new pads and tighten the caliper bolts to 27 Nm.",
    ]
    text = (
        "A barn, a brass band and 90 guests: how Priya and Tom did it for £9,000\n\n"
        "They booked the barn eighteen months ahead, borrowed the chairs from the cricket "
        "club and asked the village pub to cook. The whole day cost less than a third of the "
        "national average, and nobody went home hungry.\n\n"
        "The day in brief\n\n"
        + "\n\n".join(rows[:3])
        + "\n\nThe couple's friend, a games journalist, gave a speech about the game they "
        "played on their first date, and read out what it needs to run today:\n\n"
        + rows[3]
        + "\n\nTom's father had fixed the brakes on the vintage car the week before, in the "
        "barn, following a guide he keeps in the glovebox:\n\n"
        + "\n\n".join(rows[4:])
        + "\n\nShare this wedding: Facebook | Pinterest | WhatsApp"
    )
    removed = removed_text(text)
    assert not any(row in removed for row in rows), removed
    assert "Share this wedding" in removed
