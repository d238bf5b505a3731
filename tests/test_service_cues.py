"""Pages of transport services, courts and crime, public services, universities and
sports clubs: their furniture (lexicon_services.py, press-contact labels, Korean reporter
lines) and their story's lines that read like junk (a match's line-up and results, a
timetable, a list of charges, an application's steps)."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.lexicon_services import SERVICE_CUES


def test_the_new_table_covers_every_language() -> None:
    assert_covers_every_language(SERVICE_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Buttons and links between posts, alone on their line.
        ("Tabl llawn", "widget_ui", "ui"),
        ("Następny artykuł", "widget_ui", "ui"),
        ("Articolo successivo »", "widget_ui", "ui"),
        ("« Предыдущая статья", "widget_ui", "ui"),
        # A widget's title before its fields.
        ("Next match: Rovers v United · Sat 15:00", "widget_ui", "ui"),
        ("Nächstes Heimspiel: TSV Lindenau – SC Borstel, So., 15 Uhr", "widget_ui", "ui"),
        # A sponsor's credit opening its line.
        ("Player of the match sponsored by Harbour Fish Bar", "sponsored_prefix", "promo"),
        # The site's note that everyone charged is presumed innocent.
        ("Für alle Beschuldigten gilt die Unschuldsvermutung.", "disclaimer", "legal"),
        ("All suspects are presumed innocent until proven guilty.", "disclaimer", "legal"),
        # A club's appeal to the reader.
        ("Klub üzvü ol və bütün ev oyunlarına pulsuz gir!", "support_ask", "donation"),
        ("Hakka klubi liikmeks ja toeta noori sportlasi!", "support_ask", "donation"),
        # A press contact, as a council's page and a research agency label it.
        (
            "このページに関するお問い合わせ：環境部 ごみ減量課 電話：045-000-1234",
            "contact_line",
            "meta",
        ),
        ("Informāciju sagatavoja: Komunikācijas nodaļa, tālr. 67 000 000", "contact_line", "meta"),
        # A Korean reporter's line with the site's link to their other stories.
        ("김도윤 기자 다른기사 보기", "byline", "meta"),
        ("박지성 기자 park@example.kr", "byline", "meta"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A match report's own subheading and sentence about the next match.
        "Next match against Rovers will decide the title",
        # A court story's own words on the presumption of innocence, about one person.
        "His lawyer said Mr Hale is presumed innocent until proven guilty.",
        "Der 34-Jährige bestreitet die Vorwürfe; für ihn gilt die Unschuldsvermutung.",
        # The maxim itself, quoted from a judge or a lawyer.
        '"Every accused is presumed innocent until proven guilty," the judge told the jury.',
        "قال المحامي إن كل متهم بريء حتى تثبت إدانته.",
        # An official's quoted words in the polite form.
        "担当者は「あくまで参考情報です」と話した。",
        # A study's funding sentence.
        "The study was sponsored by the regional health ministry and ran for three years.",
        # A sentence that names a previous article.
        "As our previous article reported, the line reopens in May.",
        # A Korean sentence about a press conference.
        "이날 기자회견에서 그는 노선 폐지를 다시 검토하겠다고 말했다.",
    ],
)
def test_a_storys_own_lines_are_no_furniture(line: str) -> None:
    found = set(rule_labels(line))
    assert not {"widget_ui", "sponsored_prefix", "disclaimer", "byline"} & found, (line, found)


def test_a_storys_line_up_timetable_charges_and_steps_stay() -> None:
    # A match's scorers and line-up, a timetable's rows, a court's charges and an
    # application's steps read like widget rows, schedules and menus.
    rows = [
        "Lindenau: Becker – Hahn, Yilmaz, Brandt, Kühn – Vogel (78. Arslan), Roth, Lang",
        "Tore: 1:0 Vogel (23.), 1:1 Petersen (51.), 2:1 Roth (88.)",
        "RE 4 Lindenau 06:12 – Borstel 06:41: fällt aus",
        "RE 4 Lindenau 07:12 – Borstel 07:41: Ersatzbus ab Bahnhofsvorplatz",
        "Count 1: burglary of a dwelling, 12 March 2024",
        "Count 2: handling stolen goods",
        "1. Fill in form A12 and sign it.",
        "2. Bring your passport and the fee of 35 euros to the town hall.",
    ]
    text = (
        "Late Roth header sends Lindenau top as the trains stay in the depot\n\n"
        "Lindenau beat Borstel 2:1 on Sunday in front of 1,450 spectators, many of whom had "
        "come by replacement bus because the regional line was closed for works.\n\n"
        + "\n\n".join(rows[:2])
        + "\n\nThe club had warned fans on Friday that these trains would not run:\n\n"
        + "\n\n".join(rows[2:4])
        + "\n\nIn the stands sat the club's former treasurer, who faces two counts at the "
        "district court next month:\n\n"
        + "\n\n".join(rows[4:6])
        + "\n\nFans who want a season pass for the new stand must apply in person:\n\n"
        + "\n\n".join(rows[6:])
        + "\n\nAll suspects are presumed innocent until proven guilty in court."
        + "\n\nNächster Artikel"
    )
    removed = removed_text(text)
    assert not any(row in removed for row in rows), removed
    assert "All suspects are presumed innocent" in removed
    assert "Nächster Artikel" in removed
