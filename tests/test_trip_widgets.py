"""Travel, airport and tourism pages: their widgets and fare ads are weak cues, and a
timetable's rows, a period's dates and a sentence that names a time are no date lines."""

from __future__ import annotations

import pytest
from conftest import rule_labels

from cleaner import clean
from cleaner.rules import WEAK_CUES, rule_hits


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Sää Lumikorvessa: +17 °C, poutaa, tuuli 4 m/s", "weather_box", "ui"),
        ("Valdecerro hoy: 31 °C, despejado", "weather_box", "ui"),
        ("मौसम: सोनगढ़ा 29°C, हल्की बारिश की संभावना", "weather_box", "ui"),
        ("สภาพอากาศวันนี้: 31°C มีเมฆบางส่วน", "weather_box", "ui"),
        ("Kebun Teh Gunung Wangi (12 km)", "place_distance", "related"),
        ("Краеведческий музей Старокедровска — 0,8 км", "place_distance", "related"),
        ("วัดโพธิ์เงิน (0.2 กม.)", "place_distance", "related"),
        ("Tavaszi repülés Rómába 19 990 Ft-tól*", "starred_price", "promo"),
        ("就航記念セール！あおば⇔札幌 片道7,900円から※", "starred_price", "promo"),
        ("Parken am Terminal jetzt online buchen – ab 39 €* pro Woche", "starred_price", "promo"),
    ],
)
def test_a_travel_pages_widget_or_fare_ad_is_a_weak_cue(line: str, reason: str, label: str) -> None:
    hits = {hit.reason: hit for hit in rule_hits(line)}
    assert hits[reason].label == label
    assert hits[reason].weight < 0.95 and reason in WEAK_CUES


@pytest.mark.parametrize(
    "line",
    [
        # A forecast's own line names a day, not the widget's word; a sentence ends.
        "Saturday: 14°C, sunny",
        "Today the thermometer hit 41 °C in the shade.",
        "Ma 31 °C / 18 °C, zivatar",
        # A walking route's numbered stop; a distance in a sentence.
        "3. Old mill (2.4 km)",
        "Results – long course (44 km)",
        "The trail climbs for 12 km to the hut.",
        # A price without a footnote's mark, and a mark that is no price's.
        "Tickets cost €12 (*students €8)",
        "We fired 12 shots* at the target.",
    ],
)
def test_a_travel_storys_line_is_no_widget(line: str) -> None:
    found = set(rule_labels(line))
    assert not {"weather_box", "place_distance", "starred_price"} & found, found


@pytest.mark.parametrize(
    "line",
    [
        "AB 301　あおば 08:10発 → 新千歳 09:45着（毎日）",
        "LX 1612 Zurich 07:05 – Vilnius 10:40",
        "運航スケジュール（2025年7月1日～10月25日）",
        "2024年11月1日（金）～2025年3月14日（金）",
        "灯会期间古镇实行夜场售票，白天（18:00前）免费入园。",
        "The museum closes at 17:00 on Mondays.",
        "Le musée ouvre à 10:00 tous les jours.",
    ],
)
def test_a_timetable_row_a_period_or_a_timed_sentence_is_no_date_line(line: str) -> None:
    assert "dateline_short" not in rule_labels(line)


@pytest.mark.parametrize(
    "line", ["2024年9月12日 14:30", "Monday, 3 March 2025, 14:20.", "12.05.2025 08:10"]
)
def test_a_page_date_line_is_still_one(line: str) -> None:
    assert rule_labels(line).get("dateline_short") == "meta"


def test_an_airlines_new_timetable_keeps_its_rows() -> None:
    rows = [
        "AB 301　あおば 08:10発 → 新千歳 09:45着（毎日）",
        "AB 302　新千歳 10:30発 → あおば 12:05着（毎日）",
        "AB 305　あおば 16:40発 → 新千歳 18:15着（月・水・金・日）",
    ]
    text = "\n\n".join(
        [
            "あおば空港に新千歳線が就航へ",
            "地域航空会社のあおばエアは、7月1日から新千歳線を1日最大2往復で運航すると発表した。",
            "運航スケジュール（2025年7月1日～10月25日）",
            *rows,
            "同社によると、就航初月の予約率はすでに6割を超えているという。",
        ]
    )
    kept = clean(text, "text").text
    assert all(row in kept for row in rows), kept


@pytest.mark.parametrize(
    "line",
    [
        "Written by Ann Lee",
        "Geschreven door Sanne de Vries, programmamaker – 18 september 2024",
        "Scritto da Marco Bianchi",
    ],
)
def test_written_by_opens_a_byline(line: str) -> None:
    assert rule_labels(line).get("byline") == "meta"


def test_the_visit_word_list_covers_every_language() -> None:
    from conftest import assert_covers_every_language

    from cleaner.lexicon_visits import VISIT_CUES

    assert_covers_every_language(VISIT_CUES)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Add to trip planner", "widget_ui"),
        ("Track this flight", "widget_ui"),
        ("Download the worksheet", "widget_ui"),
        ("Get fare alerts for your route", "newsletter_signup"),
    ],
)
def test_a_travel_pages_button_or_sign_up_is_named(line: str, reason: str) -> None:
    assert reason in rule_labels(line)
