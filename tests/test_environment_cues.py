"""This round's cues (climate, environment, weather and disaster pages): a gallery's label
with its count in any language, a teaser list's heading alone on its line, a story's fact
box in an <aside>; a story's own lines that name a gallery or start with the same words,
its data rows and lead-ins are not named."""

from __future__ import annotations

import pytest
from conftest import article_page, assert_covers_every_language, assert_lossless, rule_labels

from cleaner.html import parse_html
from cleaner.kept_boxes import keep_fact_boxes
from cleaner.lexicon_environment import ENV_CUES


@pytest.mark.parametrize(
    "line",
    [
        "Галерея: 1 из 18",
        "Fotoğraf galerisi (12)",
        "GALERIJA (23)",
        "Ver galeria (12 fotos)",
        "Zobraziť fotogalériu (36 fotiek)",
        "Погледајте галерију (8)",
        "Bildergalerie",
        "Galleria",
    ],
)
def test_a_gallerys_label_and_count_is_ui(line: str) -> None:
    assert rule_labels(line).get("gallery_counter") == "ui", line


@pytest.mark.parametrize(
    "line",
    [
        "National Gallery (1824)",
        "Gallery owner arrested after the flood",
        "Galleria Calloway, 14 Feb – 8 June",
        "Gallery attendance hits record high",
        "The gallery reopened on Monday after the water had been pumped out.",
    ],
)
def test_a_story_line_about_a_gallery_is_not(line: str) -> None:
    assert "gallery_counter" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Podobne artykuły",
        "Sullo stesso argomento",
        "Похожие материалы",
        "Auch lesenswert",
        "Ler também",
    ],
)
def test_a_teaser_prefix_alone_heads_a_teaser_list(line: str) -> None:
    assert rule_labels(line).get("related_heading") == "related", line


@pytest.mark.parametrize(
    "line",
    [
        "Podobne artykuły ukazały się w trzech gazetach, zanim rzeka opadła.",
        "Lees ook de waarschuwing van het KNMI voordat u de weg op gaat.",
    ],
)
def test_a_sentence_that_opens_with_the_same_words_is_not_a_heading(line: str) -> None:
    assert "related_heading" not in rule_labels(line), line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Las lecturas más altas a las 16:00 horas fueron:", "dateline_short"),
        ("cupru: 2,8 mg/l (de 56 de ori peste limită)", "readers_rating"),
        ("Debit: 4,5 m³/s (de 3 ori peste medie)", "readers_rating"),
        ("Strømstøtten dekker 85 prosent av strømprisen over 80 øre/kWh.", "author_bio"),
    ],
)
def test_a_storys_figures_are_no_date_rating_or_bio(line: str, reason: str) -> None:
    assert reason not in rule_labels(line), line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Stand: 14:02 Uhr", "dateline_short"),
        ("4,7 (1.234 Bewertungen)", "readers_rating"),
        ("Kari Nordmann dekker klima og miljø for avisen.", "author_bio"),
        ("Chiara Benedetti si occupa di montagna, clima e risorse idriche.", "author_bio"),
    ],
)
def test_the_page_lines_they_are_told_from_still_are(line: str, reason: str) -> None:
    assert reason in rule_labels(line), line


@pytest.mark.parametrize(
    "line", ["febrer 2024: 14 %", "2025 (t/m mei): 312 uur", "März 2026: 4,2 Mio. m³"]
)
def test_a_data_row_that_names_its_month_is_no_date_line(line: str) -> None:
    assert "dateline_short" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line", ["29.07.2025 | 18:40", "12.03.2026, 14:02", "13.05.2023 | Lesedauer: 6 Min."]
)
def test_a_page_date_with_its_time_or_reading_time_still_is(line: str) -> None:
    assert "dateline_short" in rule_labels(line), line


_PROSE = (
    "The storm brought down power lines across the valley overnight, and crews from three "
    "counties worked through the morning to restore supply to the worst-hit villages."
)
_FACTS = (
    '<aside class="vb-fakta"><h2>Fakta: Skærvig Rev</h2><ul><li>Kapacitet: 1,2 GW</li>'
    "<li>Antal møller: op til 80</li><li>Afstand til kyst: 24 km</li></ul></aside>"
)
_APPEAL = (
    '<aside id="join"><p>The Valley Post is made by its members</p><p>We take no money from '
    'advertisers for our long reads.</p><a href="/membership">Join the members</a></aside>'
)


def _page(inner: str) -> str:
    return article_page(inner, "Storm night")


def test_a_fact_box_among_the_story_is_extracted_and_kept(cleaner):
    html = _page(f"<p>{_PROSE}</p>{_FACTS}<p>{_PROSE} Schools stay shut.</p>")
    result = cleaner.clean(html, kind="html")
    assert "Afstand til kyst: 24 km" in result.text
    assert "Kapacitet: 1,2 GW" in result.text
    assert_lossless(result.extracted, result)


def test_an_appeal_box_or_a_lone_aside_stays_an_aside():
    tree = parse_html(_page(f"<p>{_PROSE}</p>{_APPEAL}{_FACTS}<p>{_PROSE}</p>"))
    keep_fact_boxes(tree)
    assert tree.xpath('//aside[@id="join"]')  # its link names a membership
    assert tree.xpath('//div[@class="vb-fakta"]')
    away = parse_html(f"<html><body>{_FACTS}<article><p>{_PROSE}</p></article></body></html>")
    keep_fact_boxes(away)
    assert away.xpath('//aside[@class="vb-fakta"]')  # beside no prose


def test_the_environment_table_covers_every_language():
    assert_covers_every_language(ENV_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Enlarge map", "gallery_control", "ui"),
        ("Legende anzeigen", "gallery_control", "ui"),
        ("Forecast data: National Forecasting Office", "photo_credit", "meta"),
        ("This story is part of our series on the warming coast.", "funder_credit", "meta"),
        ("More weather news", "related_heading", "related"),
        ("Get our weather alerts by email", "newsletter_signup", "newsletter"),
    ],
)
def test_a_weather_pages_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, line


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to turn on storm alerts in the county app on Tuesday.",
        "Mapa: los tres municipios cubiertos por la alerta, en la frontera norte.",
        "Data: the index rose to 182 on Tuesday, the worst reading this year.",
        "The map shows the evacuation zones in orange and yellow.",
    ],
)
def test_a_weather_storys_own_lines_are_not(line: str) -> None:
    found = rule_labels(line)
    assert not {"gallery_control", "photo_credit", "newsletter_signup", "funder_credit"} & set(
        found
    ), (line, found)


def test_dotted_times_alone_are_a_live_blogs_stamps_when_there_are_two(cleaner):
    entry = "Power is back in most homes in the eastern districts, the grid operator said."
    text = f"Storm over the capital\n\n14.20\n\n{entry}\n\n13.05\n\n{entry} Trains run again."
    result = cleaner.clean(text)
    assert {removal.text.strip() for removal in result.removed} >= {"14.20", "13.05"}
    assert entry in result.text
    assert_lossless(text, result)


def test_one_dotted_number_alone_is_left_to_the_model():
    from cleaner.features import make_inputs

    (alone,) = make_inputs(["14.20"])
    assert "clock_time" not in {hit.reason for hit in alone.hits}
    two = make_inputs(["14.20", "A paragraph.", "13.05"])
    assert "clock_time" in {hit.reason for hit in two[2].hits}


@pytest.mark.parametrize(
    "line",
    [
        "Der Alpenblatt-Klimabrief: Jeden Freitag das Wichtigste zu Klima und Energie. "
        "Jetzt kostenlos anmelden!",
        "Get our weekly gadget digest — the best reviews and deals, every Friday morning. Sign up",
    ],
)
def test_a_named_newsletter_with_its_button_is_a_sign_up(line: str) -> None:
    assert rule_labels(line).get("newsletter_signup") == "newsletter", line


def test_an_appeal_that_asks_support_for_us_in_a_clause_speaks_to_the_reader():
    from cleaner.features import make_inputs

    (appeal,) = make_inputs(
        [
            "Il Meridiano Verde è un giornale indipendente, senza editori alle spalle. Se "
            "ritieni utile questo lavoro, sostienici con un contributo: bastano 3 euro al mese."
        ]
    )
    assert appeal.calls_reader and not appeal.news_voice
    assert "support_ask" in {hit.reason for hit in appeal.hits}


@pytest.mark.parametrize(
    "line",
    [
        "Bitte beachten Sie unsere Community-Richtlinien. Postings, die nicht zum Thema "
        "passen, werden entfernt.",
        "Bitte halten Sie sich an unsere Netiquette.",
        "Please read our community guidelines before commenting.",
    ],
)
def test_the_outlets_rules_for_posting_are_a_comment_prompt(line: str) -> None:
    assert rule_labels(line).get("comment_prompt") == "comments", line


def test_a_platforms_community_guidelines_in_a_story_are_not():
    line = "The app's community guidelines now ban posts that mock flood victims, it said."
    assert "comment_prompt" not in rule_labels(line)


def test_an_address_quoted_from_an_apps_screen_is_not_the_outlets():
    from cleaner.features import make_inputs

    review, appeal = make_inputs(
        [
            "Det store minus er appen. Første gang man åbner den, møder man beskeden: »Tilmeld "
            "dig vores nyhedsbrev og lås op for den avancerede equalizer«. Uden tilmelding får "
            "man kun tre forudindstillinger.",
            "Sign up for “The Morning”, our daily newsletter.",
        ]
    )
    assert not review.calls_reader and review.news_voice
    assert appeal.calls_reader
