"""Widget rows told by their form: a market ticker, a bookmaker's odds, a gambling
notice's legal age; and the story's own figures, results and key-figure lines that look
like them."""

from __future__ import annotations

import pytest

from cleaner.data_rows import age_mark, odds_row, teaser_row, ticker_strip, wire_mark
from cleaner.rules import rule_hits


@pytest.mark.parametrize(
    "line",
    [
        "DAX 18,234.50 +0.41% · MDAX 26,110.02 −0.12% · EUR/USD 1.0842 · Brent 82.15",
        "BUX 78 412,61 +0,27% | EUR/HUF 397,85 | 10 éves hozam 6,48% ▲0,03",
        "日経平均 38,412.60 +0.84% ｜ TOPIX 2,701.35 +0.62% ｜ ドル円 151.82",
        "上证指数 3,286.41 ▲0.92%\u3000深证成指 10,512.73 ▲1.35%\u3000恒生指数 20,318.55 ▼0.24%",
        # A farm board's quotes, each closed by its trend mark.
        "Erzeugerpreise: Schlachtschweine 1,82 €/kg ▼ · Ferkel 58 € ▬ · Braugerste 214 €/t ▲",
        "오늘 시세 | 돼지 지육 5,120원/㎏ ▲ · 산란계 1,840원 ▬ · 사료 612원/㎏ ▼",
    ],
)
def test_a_ticker_strip_is_quotes_with_their_change_side_by_side(line):
    assert ticker_strip(line)
    assert [(h.label, h.reason) for h in rule_hits(line) if h.reason == "ticker_strip"] == [
        ("ui", "ticker_strip")
    ]


@pytest.mark.parametrize(
    "line",
    [
        # The story's own sentences and its labelled key figures.
        "The DAX closed 0.4% higher at 18,234 points, while the MDAX fell 0.1% to 26,110.",
        "Revenue: 4.1 bn euros (+6%) · Operating profit: 512 m euros (−3%) · Margin: 12.5%",
        "Results: 1. Ama Owusu (GHA) 10.92 · 2. Lea Brandt (GER) 11.01 · 3. Ida Holm 11.05",
        # A story's price list without trend marks, and one arrow in a sentence.
        "Prices paid at the market: lambs 4.10 €/kg · ewes 1.90 €/kg · hay 120 €/t",
        "Pig prices fell again this week to 1.82 €/kg ▼ as export demand from Asia weakened.",
    ],
)
def test_figures_in_a_story_are_no_ticker(line):
    assert not ticker_strip(line)


@pytest.mark.parametrize(
    "line",
    [
        "Quoten bei WettKönig: Rheinhafen 2,05 | Remis 3,50 | Grünwald 3,40 – jetzt tippen!",
        "Odds från SpelHörnan: Malmsjö 1,72 · Oavgjort 4,40 · Norrfors 3,85. Spela nu!",
        "Kertoimet 2,05 / 4,15 / 2,95. Pelaa nyt!",
    ],
)
def test_an_odds_box_is_three_fields_of_decimal_odds(line):
    assert odds_row(line)


@pytest.mark.parametrize(
    "line",
    [
        # Prices and times in prose, and a timetable, are not split into odds fields.
        "From July the basic plan goes from 7,99 to 9,99 euros, the family plan to 13,99.",
        "Departures: 06.30 – 08.15 – 10.00 – 12.30 – 14.30",
        "The bookmakers had Rovers at 1.95 before kick-off and at 2.40 by half-time.",
        "Exchange rates: EUR/USD 1,0842 · USD/JPY 151,82 · EUR/CHF 0,9561",
        "100 m: 1. Ama Owusu (GHA) 10.92 · 2. Lea Brandt (GER) 11.01 · 3. Ida Holm 11.05",
    ],
)
def test_prices_times_rates_and_results_are_no_odds(line):
    assert not odds_row(line)


def test_a_legal_age_opens_a_gambling_notice():
    assert age_mark("18+ | Spela ansvarsfullt. Sätt gränser för din insättning.") == "marked"
    assert age_mark("K18. Pelaa maltilla. Rahapelaamiseen voi liittyä riippuvuutta.") == "marked"
    assert age_mark("+18. Juego seguro. Las apuestas pueden generar adicción.") == "marked"
    assert age_mark("21+ Play responsibly.") == "bare"
    # A youth team, a score and a year are no legal age.
    assert age_mark("U18 national team wins its group in Riga") is None
    assert age_mark("18-24 year olds were the largest group of voters.") is None
    assert age_mark("2018 was the club's best season in a decade.") is None
    hits = [(h.label, h.reason) for h in rule_hits("18+ | Glücksspiel kann süchtig machen.")]
    assert ("legal", "age_mark") in hits


@pytest.mark.parametrize(
    "line",
    [
        "Lo más leído: Detenido un hombre por robar cobre en la estación | Las fiestas de"
        " San Juan recuperan la cabalgata",
        "Related releases: Man charged over Corio service station robbery | Winter road"
        " safety operation begins on the Surf Coast",
    ],
)
def test_a_label_over_two_headlines_is_a_teaser_row(line):
    assert teaser_row(line)
    assert ("related", "teaser_row") in [(h.label, h.reason) for h in rule_hits(line)]


@pytest.mark.parametrize(
    "line",
    [
        # Key figures, tags, a byline's fields and a list of attachments are no headlines.
        "Key figures: Revenue 41.2 million | EBITDA 5.1 million",
        "Tags: Environment | Sustainability | Research impact",
        "Ticker: Jonas Feldhaus, Sportecho Online | Zuletzt aktualisiert: 17:29 Uhr",
        "Přílohy: Harmonogram stavby (PDF, 412 kB) | Mapa objížďky (PDF, 1,1 MB)",
        # One sentence after a label.
        "Update: The council has since said the road will reopen on Friday.",
    ],
)
def test_figures_tags_and_attachments_are_no_teaser_row(line):
    assert not teaser_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "(PAI) kw/ mpr/",
        "mpd ks/hl yyzz a3 ded",
        "(وكالة المشرق) ع.ح/س.م",
        "jhk kst",
        "（完）",
        "SOURCE Halvorsen Cold Chain Technologies, Inc.",
    ],
)
def test_an_agencys_slug_and_end_mark_are_wire_marks(line):
    assert wire_mark(line)
    assert ("meta", "wire_mark") in [(h.label, h.reason) for h in rule_hits(line)]


@pytest.mark.parametrize(
    "line",
    [
        # Short lines of a story or a recipe: a sentence in Korean, ingredients, a score.
        "검찰과 김씨 측은 모두 항소할 것으로 보인다.",
        "125 g smör",
        "½ tsp salt",
        "2 x 2",
        "and so on",
        "Source: Reuters",
    ],
)
def test_short_lines_of_a_story_are_no_wire_marks(line):
    assert not wire_mark(line)
