"""This round's cues (travel, motoring, property, home and fashion pages): a shop's or a
booking site's button after an item, a shop box's note that prices may change, a test
car's or a stay's disclosure, a listing's and a calculator's controls; a story's fact box
in an <aside> of any shape, and its list's cards, which trafilatura would drop with their
buttons. A story's own lines about shops, prices, invitations and cars are not named."""

from __future__ import annotations

import pytest
from conftest import article_page, assert_covers_every_language, assert_lossless, rule_labels

from cleaner.html import parse_html
from cleaner.kept_boxes import keep_card_text, keep_fact_boxes
from cleaner.lexicon_lifestyle import LIFE_CUES
from cleaner.widget_forms import price_change_note, shop_button


def test_the_lifestyle_table_covers_every_language():
    assert_covers_every_language(LIFE_CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Acheter chez Maison Orvel",
        "Köp hos Färghuset",
        "Comprar na Dermashop",
        "Buy at Modehaus €89",
        "Reserve a table on TableTurn",
        "Acheter 180 €",
        "Voir sur Sauvel.example",
    ],
)
def test_a_shops_button_after_an_item_is_promo(line: str) -> None:
    assert shop_button(line), line
    assert rule_labels(line).get("shop_button") == "promo", line


@pytest.mark.parametrize(
    "line",
    [
        "Where to stay",
        "Acheter",  # a guide's heading: no shop, no price
        "Buy at least two bags of compost for a balcony this size.",
        "Shop at the market on Saturdays for the best cheese and bread in town",
        "Comprar en Oaxaca: mercados y talleres de barro negro",
        "Book on the ferry company's website to get the 20% early-bird discount.",
    ],
)
def test_a_storys_own_lines_about_shopping_are_no_buttons(line: str) -> None:
    assert not shop_button(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Prix constatés le 9 octobre 2025, susceptibles d'évoluer.",
        "Az árak a cikk megjelenésekor érvényesek, változhatnak.",
        "Prices correct at the time of publishing and subject to change.",
    ],
)
def test_a_shop_boxs_price_note_is_legal(line: str) -> None:
    assert price_change_note(line), line
    assert rule_labels(line).get("price_note") == "legal", line


def test_a_long_paragraph_about_prices_is_no_note() -> None:
    story = (
        "Fuel prices may change again next month: the ministry said on Tuesday that it "
        "would review the cap on diesel every four weeks, and hauliers warned that a rise "
        "of even ten cents would be passed on to shoppers within days."
    )
    assert not price_change_note(story)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The car was lent by Aldane UK for a week. Charging was paid by the maker.", "press_trip"),
        ("Mașina de test a fost pusă la dispoziție de Carpatica România.", "press_trip"),
        ("Penulis menginap atas undangan Villa Sawah Lebah.", "stay_note"),
        ("L'autora va viatjar convidada per l'Associació de Turisme de la Vall.", "stay_note"),
    ],
)
def test_who_paid_for_a_test_or_a_stay_is_named(line: str, reason: str) -> None:
    assert rule_labels(line).get(reason) == "promo", line


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Show on map", "gallery_control", "ui"),
        ("Mortgage calculator", "widget_ui", "ui"),
        ("More city guides", "related_heading", "related"),
        ("Compare car insurance", "shop_button", "promo"),
        ("Try 3 issues for £5 and get a free tote bag", "paywall", "subscription"),
    ],
)
def test_a_lifestyle_pages_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, line


def test_the_stay_note_is_a_topic_cue_and_a_long_unit_holds_none() -> None:
    from cleaner.rules import FORMAT_RULES

    # "At the invitation of" is a story's phrase too: in news voice it does not count.
    assert "stay_note" not in FORMAT_RULES
    long_unit = "Penulis menginap atas undangan Villa Sawah Lebah. " + "Kamar luas. " * 30
    assert "stay_note" not in rule_labels(long_unit)


_PROSE = (
    "The village is little more than a crescent of stone cottages around a harbour, a "
    "smokehouse that has been going since 1891 and a long pale beach full of seals."
)
_DETAILS = (
    '<aside class="lc-factbox"><h3>The details</h3><dl><dt>Asking price:</dt>'
    "<dd>$1,149,000</dd><dt>Lot:</dt><dd>5.1 acres</dd></dl></aside>"
)
_GETTING_THERE = (
    '<aside class="jp-kako"><h3>Getting there</h3><p>The ferry leaves the harbour twice a '
    "day outside the season, at 9.30 and 16.00; a ticket costs 5.30 euros a person and 28 "
    "euros a car, and the crossing takes an hour and a half.</p></aside>"
)
_TEASER = '<aside class="also"><span>Read also</span><a href="/x">Ten villages</a></aside>'


def test_a_fact_box_of_any_shape_among_the_story_becomes_a_div():
    tree = parse_html(
        article_page(f"<p>{_PROSE}</p>{_DETAILS}{_GETTING_THERE}{_TEASER}<p>{_PROSE}</p>", "Kelby")
    )
    keep_fact_boxes(tree)
    assert tree.xpath('//div[@class="lc-factbox"]')  # a definition list
    assert tree.xpath('//div[@class="jp-kako"]')  # a heading over a paragraph of prose
    assert tree.xpath('//aside[@class="also"]')  # a teaser: its link is half its text


def _cards(button: str, count: int = 2) -> str:
    card = (
        '<div class="lr-spot"><h3>雲上九號民宿</h3><p>六間客房都面向山谷，雙人房平日每晚'
        f"NT$3,200起。</p><p>地址：雲溪鎮茶園路9號</p>{button}</div>"
    )
    return card * count


def test_a_storys_cards_keep_their_words_and_lose_their_button_links(cleaner):
    book = '<a class="lr-book" rel="sponsored">立即訂房</a>'
    html = article_page(f"<p>{_PROSE}</p>{_cards(book)}<p>{_PROSE}</p>", "雲溪鎮")
    tree = parse_html(html)
    keep_card_text(tree)
    assert not tree.xpath('//div[@class="lr-spot"]/a')
    result = cleaner.clean(html, kind="html")
    assert "六間客房都面向山谷" in result.text  # trafilatura would drop the whole card
    assert_lossless(result.extracted, result)


def test_a_lone_shop_box_or_a_teaser_card_keeps_its_link():
    buy = '<a class="buy" rel="sponsored">Buy at Mora</a>'
    lone = parse_html(article_page(f"<p>{_PROSE}</p>{_cards(buy, 1)}<p>{_PROSE}</p>", "x"))
    keep_card_text(lone)
    assert lone.xpath('//div[@class="lr-spot"]/a')  # one box alone: a shop's advert
    teaser = '<div class="t"><h3><a href="/a">Ten villages</a></h3><p>Short.</p></div>'
    teasers = parse_html(article_page(f"<p>{_PROSE}</p>{teaser * 2}<p>{_PROSE}</p>", "x"))
    keep_card_text(teasers)
    assert len(teasers.xpath('//div[@class="t"]//a')) == 2  # a linked title
