"""This round's cues (health, science and space, defence, jobs and housing pages): tools'
buttons and widgets' headings, job-board and property ads, union and reader-support
appeals, players' prompts; a page's labels in every language (tag lists, view counters,
consent buttons, countdowns) and cookie banners; menus copied with wide gaps and hashtag
lists. And the story's lines that read like junk stay: a study's reference with its DOI, a
launch timeline, an editor's update note, a table with its source line.
"""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.lexicon_consent import COOKIE_NOTICES
from cleaner.lexicon_labels import PAGE_LABELS
from cleaner.lexicon_sectors import SECTOR_CUES


@pytest.mark.parametrize("table", [SECTOR_CUES, PAGE_LABELS, COOKIE_NOTICES])
def test_the_new_tables_cover_every_language(table) -> None:
    assert_covers_every_language(table)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Tools, widgets, ads and appeals of this round's pages (lexicon_sectors.py).
        ("Find a pharmacy", "widget_ui", "ui"),
        ("Upload your CV", "widget_ui", "ui"),
        ("Mortgage calculator", "widget_ui", "ui"),
        ("Jobs in your area: 124 new vacancies this week", "widget_ui", "ui"),
        ("Find your next job with us: thousands of new vacancies every day.", "promo_cue", "promo"),
        ("What is your home worth? Get a free valuation in two minutes.", "promo_cue", "promo"),
        ("Watch the launch live from 10:00 on our channel.", "promo_cue", "promo"),
        ("Join the union today and never face your employer alone.", "support_ask", "donation"),
        # A page's labels in every language (lexicon_labels.py).
        ("Archivado en: Bosques · Cambio climático · Sequía", "tags", "meta"),
        ("Àwọn àmì: iṣẹ́ àgbẹ̀, gbaguda, ìmọ̀ ẹ̀rọ", "tags", "meta"),
        ("Ko‘rishlar: 12 418", "view_count", "meta"),
        ("Tik būtini", "ui_word", "ui"),
        ("Iki paleidimo liko: 07:11:48", "widget_ui", "ui"),
        ("Starts in 2 d 11 h 48 min", "widget_ui", "ui"),
        # Cookie banners (lexicon_consent.py).
        (
            "Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar "
            "lundrimin, ju pranoni përdorimin e tyre.",
            "cookies",
            "legal",
        ),
        (
            "Ta strona korzysta z plików cookie. Więcej w Polityce prywatności.",
            "cookies",
            "legal",
        ),
        # Forms: a menu copied with wide gaps, hashtags, a date in a newly listed language.
        ("Região  Saúde  Economia  Desporto  Cultura  Opinião", "field_menu", "ui"),
        ("#義務役 #國防部 #無人機 #兵役制度", "hashtag_list", "meta"),
        ("#Klima, #Dürre, #Landwirtschaft, #Milchvieh", "hashtag_list", "meta"),
        ("Аляксандра Лешчанка, 3 снежня 2024, 12:05", "dateline_short", "meta"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    ("line", "reasons"),
    [
        # A story's own lines about jobs, homes, unions, launches and cookies.
        (
            "Employers at the fair said they wanted to find their next apprentices among "
            "school leavers, and 1,420 jobs were on offer.",
            ("promo_cue", "widget_ui"),
        ),
        (
            "Agents say many owners asked what their home was worth before listing it, and "
            "free valuations doubled in the spring.",
            ("promo_cue",),
        ),
        (
            "Membership of the union rose by 4,000 during the strike, its general secretary "
            "told the conference on Tuesday.",
            ("support_ask",),
        ),
        (
            "The regulator said the site used cookies without consent and fined the publisher "
            "€40,000 on Thursday.",
            ("cookies",),
        ),
        ("Topic: how the union won its case against the port authority", ("tags",)),
        # A table's header row is spaced like a menu, with fewer items.
        ("Candidate  Party  Votes  Share", ("field_menu",)),
        ("Protesters chanted #MeToo and #TimesUp outside the court", ("hashtag_list",)),
        # Icelandic life dates are an obituary's, not a page's date line.
        ("Fædd 4. júní 1932 – dáin 19. október 2024", ("dateline_short",)),
    ],
)
def test_a_storys_own_lines_are_not_named(line: str, reasons: tuple[str, ...]) -> None:
    labels = rule_labels(line)
    assert not any(reason in labels for reason in reasons), (line, labels)


def test_a_table_row_is_no_ticker_or_rating() -> None:
    # The extractor prints the story's table so; its changes and figures are the story's.
    for row in (
        "| Milano | +6,8% | 5.320 | +3,1% |",
        "| Funcție | Salariu de bază actual | Propunere administrație (+4%) | Cerere (+12%) |",
        "| 太阳同步轨道运载能力 | 6.5吨（500公里） |",
    ):
        labels = rule_labels(row)
        assert not {"ticker_strip", "readers_rating", "odds_row"} & set(labels), (row, labels)


STORY = (
    "Researchers at the Northfield observatory say a young star's disc is breaking apart, "
    "a process that may form giant planets far faster than models predict.\n\n"
    "The team watched the disc for three years with a new infrared camera and found four "
    "dense clumps, each several times the mass of Jupiter, the institute said on Monday.\n\n"
)
ENDING = "\n\nThe observatory plans to point two more telescopes at the disc next winter."


def test_a_studys_reference_with_its_doi_stays() -> None:
    # Read alone after the last paragraph, the model takes it for the page's meta.
    # (Under a sources heading, or labelled with its word, citations are a sources list:
    # test_references.py.)
    story = (
        "Àwọn olùwádìí ní yunifásítì kan sọ pé irúgbìn gbaguda tuntun náà lè so èso tó pọ̀ "
        "ju ti àtẹ̀yìnwá lọ, kódà nígbà ọ̀dá.\n\n"
        "Wọ́n gbìn ín sí oko mẹ́wàá ní ìpínlẹ̀ mẹ́ta fún ọdún méjì, wọ́n sì rí i pé èso rẹ̀ fi "
        "ìdá ogójì pọ̀ sí i.\n\n"
    )
    reference = (
        "Ìwé ìwádìí: Adeyemi K. et al., Journal of Tropical Root Crops, 2024. "
        "DOI: 10.5521/jtrc.2024.0311"
    )
    removed = removed_text(story + reference + "\n\nPín: Facebook | X | WhatsApp")
    assert reference not in removed, removed
    assert "Pín: Facebook | X | WhatsApp" in removed, removed


def test_a_launch_timeline_stays() -> None:
    # An entry alone reads as a date line ("T-0（09:40）"); beside kept entries it stays.
    entry = "T-0（09:40）：リフトオフ"
    text = (
        "北海道の民間ロケットが打ち上げに成功した。同社によると、搭載した超小型衛星2基はいずれも"
        "予定の軌道に入った。\n\n打ち上げの主な経過は次の通り。\n\n"
        f"T-10分：最終カウントダウン開始\n\n{entry}\n\nT+3分：第1段分離\n\n"
        "同社の社長は「町の皆さんに恩返しができた」と語った。"
    )
    removed = removed_text(text)
    assert entry not in removed, removed


@pytest.mark.parametrize(
    ("story", "note"),
    [
        (
            "Ministerstvo obrany podepsalo smlouvu na nákup dvanácti radarů, uvedl v úterý "
            "mluvčí resortu.\n\nRadary mají být dodány do konce roku 2026 a nahradí stanice "
            "z osmdesátých let.",
            "Aktualizováno 3. 12. v 15:20: doplnili jsme vyjádření opozice.",
        ),
        (
            "The defence ministry signed a contract for twelve radars, a spokesman said on "
            "Tuesday.\n\nThe radars are due by the end of 2026 and will replace stations "
            "built in the 1980s.",
            "Updated 3 Dec, 15:20: we added the opposition's response.",
        ),
    ],
)
def test_an_editors_update_note_stays(story: str, note: str) -> None:
    # Its stamp reads as a date line; the sentence after it is the editor's note.
    text = f"{story}\n\n{note}\n\nShare: Facebook | X | Email"
    removed = removed_text(text)
    assert note not in removed, removed


def test_a_page_stamp_without_a_sentence_still_goes() -> None:
    text = "Published 3 December 2024, 11:48\n\n" + STORY + "Updated: 12:05" + ENDING
    removed = removed_text(text)
    assert "Published 3 December 2024, 11:48" in removed, removed


def test_a_tables_source_line_stays_with_its_table() -> None:
    rows = ["| Service | 4 to 12 months | Over 12 months |", "| Orthopaedics | 701 | 298 |"]
    source = "Source: Kererū Coast district health office"
    text = (
        STORY
        + "Patients waiting for a first assessment, by service:\n\n"
        + "\n\n".join(rows)
        + "\n\n"
        + source
        + ENDING
    )
    removed = removed_text(text)
    assert source not in removed, removed
    assert not any(row in removed for row in rows), removed
