"""Pages about parenting, food and drink, stage and galleries, the outdoors, and Q&A and
advice columns: their furniture (lexicon_family.py, a filter menu of age ranges) and their
story's lines that read like junk (a walk's stages, a review's opening hours)."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.lexicon_family import FAMILY_CUES


def test_the_new_table_covers_every_language() -> None:
    assert_covers_every_language(FAMILY_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Buttons, list headings, widgets, ads, asks and appeals (lexicon_family.py).
        ("Book a table", "widget_ui", "ui"),
        ("GPX-Track herunterladen", "widget_ui", "ui"),
        ("Related questions", "related_heading", "related"),
        ("関連する質問", "related_heading", "related"),
        (
            'Parents are talking about: "Has anyone\'s nursery closed with no notice?"',
            "teaser_prefix",
            "related",
        ),
        ("Was this answer helpful? Yes (412) No (107)", "page_feedback", "ui"),
        ("Join our wine club: six bottles a month, delivered free.", "promo_cue", "promo"),
        ("Send us your question and our midwife will answer it next week.", "promo_cue", "promo"),
        (
            "Hike at your own risk. Conditions on the ridge can change within the hour.",
            "not_advice",
            "legal",
        ),
        ("Become a Friend of the Theatre from £5 a month", "support_ask", "donation"),
        # The copyright mark and a year in a short line, in any language.
        ("Зохиогчийн эрх хуулиар хамгаалагдсан. © 2025 Өдрийн Тойм", "copyright_year", "legal"),
        ("جملہ حقوق محفوظ ہیں © ۲۰۲۵ روزنامہ آئینہ", "copyright_year", "legal"),
        # A filter menu of age ranges.
        ("0-1 years | 1-3 years | 3-5 years | 5+ years", "field_menu", "ui"),
        ("0–12 mies. · 1–3 lata · 3–6 lat · 6+", "field_menu", "ui"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A table's head row of ranges has a label of its own first; a row of figures is
        # no menu of ranges.
        "Age | 0-1 years | 1-3 years | 3-5 years",
        "0-1 years | 1-3 years | £240 | £310",
        # A story names a copyright in words; a long line with the mark is no notice.
        "The estate sold the copyright in 1998 for a sum the family never disclosed.",
        "Photographs in the exhibition range from 1950 to 1990, the curator said, and "
        + "each carries its owner's mark, such as © 1968 Studio Vrba, beside it on the wall "
        + "of the gallery.",
        # The story's advice is no disclaimer.
        "Check local conditions before setting out: the ridge path is exposed after rain.",
    ],
)
def test_a_storys_rows_and_advice_are_no_furniture(line: str) -> None:
    assert not {"field_menu", "not_advice", "copyright_year"} & set(rule_labels(line)), line


def test_a_walks_stages_with_heights_and_distances_stay() -> None:
    # "(1.610 m)" read as a vote count and "2,1 km" as a score made a readers' rating of
    # the stage, and the stages under it a comment thread.
    stages = [
        "Parkplatz Riedbach (1.034 m) – Untere Riedalpe: 1 Std., 2,8 km",
        "Untere Riedalpe – Kälberjoch (1.610 m): 1 Std. 15 Min., 2,1 km",
        "Kälberjoch – Gipfel über den Ostgrat: 45 Min., 1,2 km, Trittsicherheit nötig",
        "Abstieg über die Wolfsgrube zurück zum Parkplatz: 2 Std. 15 Min., 5,4 km",
    ]
    text = (
        "Tourentipp: Vom Riedbachtal aufs Kälberhorn\n\n"
        "Die Runde über das Kälberhorn ist kein Spaziergang, belohnt aber mit einem weiten "
        "Blick über die Allgäuer Alpen. Der Weg ist durchgehend markiert, verlangt auf dem "
        "Gratstück aber Trittsicherheit und festes Schuhwerk.\n\n"
        "Die Route im Überblick\n\n"
        + "\n\n".join(stages)
        + "\n\nArtikel teilen: Facebook | WhatsApp | E-Mail"
    )
    removed = removed_text(text)
    assert not any(stage in removed for stage in stages), removed
    assert "Artikel teilen" in removed


def test_a_reviews_opening_hours_stay() -> None:
    hours = "營業時間：每日7:00am-7:00pm（農曆新年休息）"
    assert "dateline_short" not in rule_labels(hours)
    text = (
        "深水埗老餅店交棒第二代\n\n"
        "開業半世紀的餅家上月由兒子接手，在原址旁開設第二間分店。第二代堅持牛油酥皮蛋撻每朝人手捏，"
        "同時引入自家烘焙咖啡，週末早上門外經常大排長龍。\n\n"
        "蛋撻每個九元，每日早上及下午出爐兩次，咖啡則由店主親自烘焙。\n\n"
        f"{hours}\n\n"
        "分享：Facebook | WhatsApp"
    )
    removed = removed_text(text)
    assert hours not in removed, removed
    assert "分享" in removed, removed


def test_a_storys_lines_about_clubs_and_help_desks_stay() -> None:
    # News voice: the cue words report on the topic.
    lines = [
        "The theatre said 1,200 people had answered its call to become a friend of the "
        "theatre since the council cut its grant in March.",
        "More than 300 walkers took up the club's offer to become a member and get free "
        "rescue insurance, its chairman said on Monday.",
    ]
    text = "Playhouse fights for its future\n\n" + "\n\n".join(lines)
    removed = removed_text(text + "\n\nShare: Facebook | X | Email")
    assert not any(line in removed for line in lines), removed
    assert "Share: Facebook" in removed
