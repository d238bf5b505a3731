"""Politics, election and courts pages: a page's date in another script's digits, a
timeline's entries, a share of the vote, a Dutch subheading opening with "De", a bracketed
CJK photo credit, and an election's results table in a box trafilatura would drop as a
widget."""

from __future__ import annotations

import pytest
from conftest import article_page, assert_covers_every_language, assert_lossless, rule_labels

from cleaner.html import parse_html
from cleaner.kept_boxes import keep_widget_tables


@pytest.mark.parametrize(
    "line",
    [
        "۲۲ خرداد ۱۴۰۵ – ۱۸:۴۰",  # Persian digits
        "२०८३ साउन १२, आइतबार १६:३०",  # Devanagari digits
        "প্রকাশ: ১৫ মার্চ ২০২৬, ২৩:১০",  # Bengali digits
        "٢٠٢٦/٠٣/١٤",  # Arabic-Indic digits
    ],
)
def test_a_page_date_in_another_scripts_digits_is_meta(line):
    assert rule_labels(line).get("dateline_short") == "meta", line


@pytest.mark.parametrize(
    "line",
    [
        "09:40 — Polls open",  # a timeline's entry
        "02:14 — оголошено повітряну тривогу",
        "10:00 – 9,8%",  # turnout by the hour
        "حصل الحزب على ٣١٫٤٪ من الأصوات و٥٨ مقعدا",  # a result in Arabic-Indic digits
    ],
)
def test_a_storys_timed_line_is_no_page_date(line):
    assert "dateline_short" not in rule_labels(line), line


def test_a_share_of_the_vote_is_no_readers_rating():
    assert "readers_rating" not in rule_labels("Ada Kwiatek (Libertarian) — 0.9% — 861 votes")
    assert rule_labels("★★★★☆ 4,7 sur 5 (89 votes)").get("readers_rating") == "meta"


def test_de_opens_a_byline_only_before_a_name():
    assert "byline" not in rule_labels("De zetelverdeling")
    assert "byline" not in rule_labels("De rechtbank doet op 25 maart uitspraak.")
    assert rule_labels("de Ana Popescu").get("byline") == "meta"


@pytest.mark.parametrize("line", ["A+ A-", "A- A+", "А+ А-"])
def test_a_text_size_control_is_ui(line):
    assert rule_labels(line).get("font_size") == "ui", line


def test_a_grade_is_no_text_size_control():
    assert "font_size" not in rule_labels("A+ B")


@pytest.mark.parametrize("line", ["（摄影：陈嘉树）", "（写真：山田花子）"])
def test_a_bracketed_cjk_photo_credit_is_meta(line):
    assert rule_labels(line).get("byline") == "meta", line


_PROSE = (
    "The count ran late into the night after a recount was requested in two wards, and "
    "the returning officer declared the result shortly after half past three."
)
_RESULTS = (
    '<div class="results-widget"><table>'
    "<tr><th>Candidate</th><th>Votes</th></tr>"
    "<tr><td>Priya Seddon</td><td>11,842</td></tr>"
    "<tr><td>Gareth Lowe</td><td>9,526</td></tr>"
    "<tr><td>Annie Calder</td><td>5,204</td></tr>"
    "</table></div>"
)


def _page(inner: str) -> str:
    return article_page(inner, "By-election")


def test_a_results_table_in_a_widget_box_among_the_story_is_kept(cleaner):
    html = _page(f"<p>{_PROSE}</p>{_RESULTS}<p>{_PROSE} Turnout was low.</p>")
    result = cleaner.clean(html, kind="html")
    assert "11,842" in result.text
    assert "Gareth Lowe" in result.text
    assert_lossless(result.extracted, result)


def test_a_widget_box_away_from_the_story_keeps_its_name():
    tree = parse_html(
        f"<html><body><aside>{_RESULTS}</aside><article><p>{_PROSE}</p>"
        f"<p>{_PROSE}</p></article></body></html>"
    )
    keep_widget_tables(tree)
    assert tree.xpath('//div[@class="results-widget"]')


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Select your constituency", "results_widget", "ui"),
        ("Full coverage: Election 2026", "coverage_link", "related"),
        ("Paid for by Friends of Mara Voss", "sponsored_prefix", "promo"),
        ("Chart: Datawrapper / Civic Ledger", "photo_credit", "meta"),
        ("Infographie : Le Fil Laurentien", "photo_credit", "meta"),
        ("Komentiranje je onemogućeno zbog postupka koji je u tijeku.", None, "comments"),
    ],
)
def test_a_politics_pages_furniture_is_named(line, reason, label):
    found = rule_labels(line)
    if reason is None:
        assert label in found.values(), (line, found)
    else:
        assert found.get(reason) == label, (line, found)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Praleisti ir pereiti prie turinio", "jump_link", "ui"),  # Lithuanian skip link
        ("Сурталчилгаа", "advert_word", "promo"),  # Mongolian "Advertisement"
        ("Autorka: Jelena Marković", "byline", "meta"),
        (
            "Zêdetir bixwîne: Bajarê Zer ji bo hilbijartinê çawa amade bû?",
            "teaser_prefix",
            "related",
        ),
        ("Ouvir matéria", "listen_button", "ui"),
    ],
)
def test_the_commonest_furniture_is_named_in_every_language(line, reason, label):
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # a court story's own clause, without a word for comments
        "Der Angeklagte schwieg wegen eines laufenden Verfahrens zu den Vorwürfen.",
        # a map's caption opens with its label too
        "Mapa: los tres municipios cubiertos por el cese al fuego",
        # a story's subheading
        "Réactions",
        # a single word before a colon opens a story's own line ("Veja: os pontos")
        "Veja: os principais pontos do projeto aprovado",
    ],
)
def test_a_storys_own_lines_are_not_named(line):
    found = rule_labels(line)
    assert not {"comment_prompt", "photo_credit", "comment_word", "teaser_prefix"} & set(found), (
        line,
        found,
    )


def test_the_tables_cover_every_language_and_kind():
    from cleaner.lexicon_core import CORE_CUES
    from cleaner.lexicon_politics import POL_CUES

    for table in (CORE_CUES, POL_CUES):
        assert_covers_every_language(table)
