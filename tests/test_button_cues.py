"""The buttons and labels widgets print alone on a line (lexicon_buttons.py): back and
confirm buttons, a calculator's or a map's actions, a recipe's pin, save and print
buttons, a player's or gallery's label, a feed's, an embed's or a newsletter's buttons and
a shop's bare buy buttons, in many languages; a story's sentences and headings that use
the same words are not named."""

from __future__ import annotations

import pytest
from conftest import assert_not_named, assert_same_kinds_in_lower_case, rule_labels

from cleaner import clean
from cleaner.lexicon_buttons import BUTTON_CUES, BUY_BUTTONS, WIDGET_BUTTONS


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("‹ Prev", "ui"),
        ("Back to results", "ui"),
        ("Назад", "ui"),
        ("Zurück zur Übersicht", "ui"),
        ("Okay", "ui"),
        ("Got it!", "ui"),
        ("Гаразд", "ui"),
        ("Calculate", "ui"),
        ("Berechnen", "ui"),
        ("Calcular", "ui"),
        ("Aprēķināt", "ui"),
        ("Zoom in", "ui"),
        ("Vollbild beenden", "ui"),
        ("Jump to recipe", "ui"),
        ("Imprimer la recette", "ui"),
        ("レシピを印刷", "ui"),
        ("Video", "ui"),
        ("▶ Play video", "ui"),
        ("Listen to this article", "ui"),
        ("Bildergalerie", "ui"),
        ("Click to enlarge", "ui"),
        # A feed's, an embed's and a newsletter's buttons (WIDGET_BUTTONS).
        ("Load more stories", "ui"),
        ("Weitere Artikel laden ↓", "ui"),
        ("Tap to retry", "ui"),
        ("Karte laden", "ui"),
        ("View in your browser", "ui"),
        ("Se i browser", "ui"),
        # A shop's bare buy buttons (BUY_BUTTONS).
        ("Kaufen", "promo"),
        ("In den Warenkorb", "promo"),
        ("Add to cart", "promo"),
        ("Купить", "promo"),
        ("В корзину", "promo"),
        ("Köp", "promo"),
        ("Dodaj do koszyka", "promo"),
        ("カートに入れる", "promo"),
        ("Save to Pinterest", "social"),
        ("Сохранить в Pinterest", "social"),
        ("ذخیره در پینترست", "social"),
    ],
)
def test_a_widgets_button_or_label_alone_on_a_line_is_named(line, label):
    assert label in rule_labels(line).values()


def test_a_storys_sentences_and_headings_with_the_same_words_are_not_named():
    assert_not_named(
        [
            "Back to the drawing board for the council",
            "Okay, so what happened next?",
            "Calculate the cost before you sign anything.",
            "The video shows the ferry leaving the harbour.",
            "Listen to the farmers first",
            "Zoom in on the map and the old border appears.",
            "She printed the recipe and pinned it to the fridge.",
            "A gallery of the old harbour",
            "Load more stories onto the old ferry, the captain said.",
            "Kaufen oder mieten?",
            "Why we stopped adding to the cart",
        ],
        {"ui_word", "share_word", "shop_button"},
    )


def test_words_that_head_a_storys_section_are_not_buttons():
    # "Buy", "Acheter" and "Comprar" head a guide's shopping section, "More results" a
    # sports page's other games, "Web version" a software review's part: left out.
    for heading in (
        "Buy",
        "Acheter",
        "Comprar",
        "Osta",
        "More results",
        "Más resultados",
        "Web version",
        "Verkkoversio",
        "Wersja www",
    ):
        assert not rule_labels(heading), heading


def test_every_language_has_the_same_kinds_in_lower_case():
    assert_same_kinds_in_lower_case(BUTTON_CUES)
    assert len(BUTTON_CUES) == 74
    assert_same_kinds_in_lower_case(WIDGET_BUTTONS)
    assert len(WIDGET_BUTTONS) == 81
    assert len(BUY_BUTTONS) == 80
    for phrases in BUY_BUTTONS.values():
        assert phrases and all(phrase == phrase.strip().lower() for phrase in phrases)


def test_a_recipe_posts_buttons_go_and_the_post_stays():
    post = [
        "Plum cake from the old farmhouse oven",
        "My grandmother baked this cake every September, when the plums in the orchard "
        "turned dark and soft, and the whole kitchen smelled of cinnamon for days.",
        "The trick is to lay the plum halves tightly, skin side down, so their juice "
        "soaks into the dough instead of running off the tray.",
        "Bake it for forty minutes at 180 degrees, then let it cool on the tray before "
        "you cut it into squares.",
    ]
    buttons = ["Jump to recipe", "Print recipe", "Save to Pinterest"]
    result = clean("\n\n".join(post[:1] + buttons + post[1:]), "text")
    assert result.text.split("\n\n") == post
    assert [r.text.strip() for r in result.removed] == buttons
    assert [r.label for r in result.removed] == ["ui", "ui", "social"]
