"""The furniture of local news pages, obituaries and live pages: relative time stamps
(time_ago.py), a header's pickers and weather reading (page_widgets.py), guest books,
flower shops, notices desks and sponsors (lexicon_local.py), in many languages; a story's
own sentences about the same things are not named."""

from __future__ import annotations

import pytest

from cleaner.rules import rule_hits


def _reasons(text: str) -> set[str]:
    return {hit.reason for hit in rule_hits(text)}


@pytest.mark.parametrize(
    "line",
    [
        "12 min ago",
        "Updated 2 hours ago",
        "• 3h ago",
        "vor 5 Minuten",
        "Aktualisiert vor einer Stunde",
        "il y a 3 h",
        "hace 2 horas",
        "há 40 minutos",
        "2 ore fa",
        "4 uur geleden",
        "5 minut temu",
        "před 3 hodinami",
        "5 минут назад",
        "2 години тому",
        "3 saat önce",
        "منذ 5 دقائق",
        "לפני 10 דקות",
        "۳ ساعت پیش",
        "5 मिनट पहले",
        "৩ ঘণ্টা আগে",
        "5分钟前",
        "3時間前",
        "5분 전",
        "2 jam lalu",
        "10 phút trước",
        "5 นาทีที่แล้ว",
        "for 2 timer siden",
        "3 tuntia sitten",
    ],
)
def test_a_relative_time_stamp_alone_is_meta(line):
    hits = [hit for hit in rule_hits(line) if hit.reason == "relative_stamp"]
    assert hits and hits[0].label == "meta", line


def test_a_sentence_that_counts_back_in_time_is_the_storys_own():
    for line in (
        "The bridge closed two hours ago.",
        "Vor 5 Minuten fiel der Strom im ganzen Viertel aus.",
        "Il y a 3 heures, les pompiers sont arrivés.",
        "Ten years ago",
        "5 minutes",
    ):
        assert "relative_stamp" not in _reasons(line), line


def test_an_obituarys_life_dates_and_funeral_time_are_no_datelines():
    for line in (
        "Born 3 March 1941 in Millbrook.",
        "March 3, 1941 – November 12, 2026",
        "* 12.03.1938  † 28.11.2026",
        "Funeral: Friday, 14 November 2026, 11 a.m., St Mary's Church",
        "Beerdigung am 2. Dezember 2026 um 14 Uhr",
        "Прощание состоится 6 июня в 11:00 в зале музея.",
    ):
        assert "dateline_short" not in _reasons(line), line
    # A page's own date lines still are, with two dates too.
    for line in ("March 3, 2026", "Published 12.03.2026 – Updated 13.03.2026"):
        assert "dateline_short" in _reasons(line), line


@pytest.mark.parametrize(
    ("line", "label", "reason"),
    [
        ("Región de Los Ríos ▾", "ui", "dropdown_control"),
        ("54°F Light rain", "ui", "weather_now"),
        ("22°C 大致多雲", "ui", "weather_now"),
        ("Change location: Harlow Falls, Ohio", "ui", "location_prompt"),
        ("Choisir ma région : Namur · Dinant", "ui", "location_prompt"),
        ("Send Flowers", "promo", "sympathy_shop"),
        ("Sign the Guest Book", "comments", "condolence_call"),
        ("Kerze anzünden", "comments", "condolence_call"),
        ("Złóż kondolencje", "comments", "condolence_call"),
        ("To place an obituary, call our notices desk on 0123 456.", "promo", "notice_ad"),
        ("Notice provided by Hale & Sons Funeral Home.", "meta", "notice_credit"),
        ("Questa pagina è offerta da Ferramenta Bartolini", "promo", "local_sponsor"),
        ("Submit your event", "meta", "event_submit"),
        ("More local news", "related", "local_more"),
        ("Jobs near you", "promo", "classified_teaser"),
    ],
)
def test_local_page_furniture_is_named(line, label, reason):
    assert (label, reason) in {(hit.label, hit.reason) for hit in rule_hits(line)}, line


def test_an_obituarys_own_words_and_a_forecast_are_no_furniture():
    for line in (
        "In lieu of flowers, donations may be made to the Valley Hospice.",
        "Arrangements are by Hale & Sons Funeral Home.",
        "The mayor said residents could sign the book of condolence at the town hall.",
        "Saturday: 14°C, sunny spells in the afternoon.",
        "Temperatures will reach 14°C today.",
        "14°C",
    ):
        named = {hit.reason for hit in rule_hits(line)} & {
            "sympathy_shop",
            "condolence_call",
            "notice_credit",
            "weather_now",
            "dropdown_control",
        }
        assert not named, (line, named)


def test_a_logs_dated_entry_is_no_dateline():
    # (A podcast's chapter mark, "03:12 — The old mill", reads like a timeline's entry,
    # "09:40 — Polls open": both are left to the model since the thirty-fourth round.)
    for line in (
        "4月15日 07:35 —— 东街菜市场门口两车剐蹭，双方协商处理。",
        "11.42 p.m. — Noise complaint, Elm Street.",
        "E diel, ora 20:00 – Mbyllja me fishekzjarre.",
        "09:40 — Polls open",
    ):
        assert "dateline_short" not in _reasons(line), line
    assert "dateline_short" in _reasons("12.03.2026, 14:32")


def test_a_section_and_area_kicker_is_meta_but_a_table_row_is_not():
    for line in (
        "Police & Fire · Harlow Falls",
        "社區｜新界東・石澗灣",
        "Traueranzeigen · Bezirk Liezen",
    ):
        assert "section_path" in _reasons(line), line
    for line in (
        "| Monthly usage | Current bill | New bill |",
        "Gold · 3 medals",
        "Ann won gold, Joe silver · Li bronze",
    ):
        assert "section_path" not in _reasons(line), line
