"""Cues from the helper-drafted word lists of this round: a shop's button, an affiliate
disclosure, a market-data delay note, a live blog's controls, a streaming plug; and the
story's own sentences that share their words."""

from __future__ import annotations

import pytest

from cleaner.data_rows import data_delay
from cleaner.lexicon_live import controls
from cleaner.normal_form import normalise
from cleaner.prose_cues import affiliate_note, shop_call
from cleaner.rules import rule_hits


def reasons(text: str) -> set[tuple[str, str]]:
    return {(hit.label, hit.reason) for hit in rule_hits(text)}


@pytest.mark.parametrize(
    "line",
    [
        "OUR TOP PICK ★★★★½ Corvane HX-2 Manual Grinder — $129.95 — Check current price »",
        "Preis prüfen: Grünwerk RM 36 bei Amazon ansehen*",
        "Sprawdź aktualną cenę Lumio Note 7 w sklepie Książkomat » (obecnie 749 zł)",
        "▶ Amazonで価格を見る ／ ▶ 楽天市場で見る",
    ],
)
def test_a_shops_button_is_a_promo_cue(line):
    assert shop_call(line)
    assert ("promo", "shop_call") in reasons(line)


def test_buy_now_in_a_longer_sentence_is_prose():
    sentence = (
        "If you are thinking about a new router for the family, a Wi-Fi 6 mesh system"
        " feels like a pick for the next few years that you can buy now without regret."
    )
    assert not shop_call(sentence)
    # "fiyatı gör" is not the start of "fiyatı görüyor" (the customer sees the price).
    assert not shop_call("Müşteri fiyatı görüyor, grama bakmıyor.")


def test_an_affiliate_disclosure_needs_more_than_the_links_named():
    assert affiliate_note(
        "Dit bericht bevat affiliatelinks. Koop je iets via zo'n link, dan krijg ik een"
        " kleine vergoeding. Jij betaalt hetzelfde."
    )
    assert affiliate_note("本記事はプロモーションを含みます。商品は筆者が自腹で購入したものです。")
    # A post about affiliate income names the links, and that is all.
    assert not affiliate_note(
        "Setahun mencoba penghasilan dari link afiliasi: angka jujur dan sedikit penyesalan"
    )
    line = (
        "Objava sadrži affiliate poveznice; blog dobiva malu proviziju, a vama cijena ostaje ista."
    )
    assert ("promo", "affiliate_note") in reasons(line)


def test_a_data_delay_note_has_the_delay_a_figure_and_minutes():
    assert data_delay("Quotes delayed at least 15 minutes. Market data by an outside vendor.")
    assert data_delay("Notowania opóźnione o co najmniej 15 minut.")
    assert data_delay("行情数据延迟15分钟，仅供参考。")
    # A timetable's news has a clock time; a delay without minutes is no data note.
    assert not data_delay("部分线路末班车时间延后至23时30分。")
    assert not data_delay("The vote was delayed by a week.")


def test_a_line_of_live_blog_controls_is_ui():
    assert controls(normalise("Auto-Update: AN | AUS")) == 3
    assert controls(normalise("Ältere Einträge laden")) == 1
    assert controls(normalise("Auto-update on, then the referee checked the monitor")) == 0
    # Several controls are sure; one alone may be the blog's subheading ("Key events").
    sure = [h.weight for h in rule_hits("Refresh · Key events · All posts")]
    single = [h.weight for h in rule_hits("Key events") if h.reason == "live_controls"]
    assert max(sure) > single[0]


def test_a_streaming_plug_and_a_stock_widget_are_cues():
    assert ("promo", "stream_plug") in reasons(
        "Watch the highlights and all four goals on RoversTV, free for season-ticket holders."
    )
    assert ("ui", "stock_widget") in reasons("CRVN Corvane Systems $112.40 ☆ Add to watchlist")


@pytest.mark.parametrize(
    ("line", "label", "reason"),
    [
        (
            "Media contact: Jordan Vasquez, +1 614-555-0199, press@halvorsen.example",
            "meta",
            "contact_line",
        ),
        ("Ufficio stampa: Silvia Marchetti, +39 0523 555 781", "meta", "contact_line"),
        ("Pressekontakt", "meta", "contact_line"),
        (
            "Forward-Looking Statements: This press release contains forward-looking statements"
            " that involve risks and uncertainties.",
            "legal",
            "forward_looking",
        ),
        ("Za treść komunikatu odpowiada wyłącznie jego nadawca.", "legal", "distributor_note"),
        ("Submit your press release and reach 4,000 newsrooms today.", "promo", "release_promo"),
    ],
)
def test_a_press_releases_furniture_is_cued(line, label, reason):
    assert (label, reason) in [(h.label, h.reason) for h in rule_hits(line)]


def test_a_witness_appeal_with_a_number_is_no_contact_line():
    line = (
        "Anyone with information is asked to call police on 0161 555 2020 or e-mail"
        " tips@police.example, quoting log 1187."
    )
    assert "contact_line" not in [h.reason for h in rule_hits(line)]


@pytest.mark.parametrize(
    ("line", "label", "reason"),
    [
        ("Print this page", "ui", "ui_word"),
        ("Zum Inhalt springen", "ui", "ui_word"),
        ("このページを印刷", "ui", "ui_word"),
        ("Latest press releases", "related", "related_heading"),
        (
            "Ultimi comunicati: Oleificio Sabino presenta la nuova linea bio",
            "related",
            "teaser_prefix",
        ),
        ("Last updated: 3 March 2026", "meta", "updated_line"),
        ("Zuletzt aktualisiert am 3. März 2026, 14:10 Uhr", "meta", "updated_line"),
        ("Je li vam ova stranica bila korisna?", "ui", "page_feedback"),
    ],
)
def test_an_institutional_pages_furniture_is_cued(line, label, reason):
    assert (label, reason) in [(h.label, h.reason) for h in rule_hits(line)]


@pytest.mark.parametrize(
    "line",
    [
        # One-word labels need their colon; a one-word button may head a section.
        "Published 2019 figures show the river recovered faster than expected.",
        "Accessibility",
        "Stand der Dinge 2026: die Brücke bleibt gesperrt",
    ],
)
def test_a_sentence_or_a_subheading_is_no_page_furniture(line):
    reasons = [h.reason for h in rule_hits(line)]
    assert "updated_line" not in reasons and "ui_word" not in reasons
