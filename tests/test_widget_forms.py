"""A recipe card's servings control and a deal box's old and new price are junk by their
form in any language; a recipe's own facts and a guide's prices stay."""

from __future__ import annotations

import pytest

from cleaner.rules import rule_hits
from cleaner.widget_forms import price_drop, servings_switch


def _named(line: str) -> set[tuple[str, str]]:
    return {(h.label, h.reason) for h in rule_hits(line)}


@pytest.mark.parametrize(
    "line",
    [
        "Servings: 1x 2x 3x",
        "Portions : ½x 1x 2x",
        "प्रमाण: १x २x ३x",
        "Porzioni: – 4 +",
        "Порције: 3 · 6 · 12",
        "Khẩu phần: 2 · 4 · 6",
        "1x · 2x · 4x",
    ],
)
def test_a_servings_control_is_ui(line):
    assert servings_switch(line)
    assert ("ui", "servings_switch") in _named(line)


@pytest.mark.parametrize(
    "line",
    [
        "Serves 4",
        "Prep 15 min | Cook 35 min | Serves 4",
        "Sizes: 36 · 38 · 40",  # a shoe's sizes are no servings
        "Score: 3 · 1 · 2",  # counts that do not grow
        "Mix 2 cups flour with 1 cup milk and 2 eggs.",
    ],
)
def test_a_recipes_facts_are_no_servings_control(line):
    assert not servings_switch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Was £349, now £279 (-20%)",
        "Bija 279 €, tagad 219 € (−22 %)",
        "18,980円 → 15,480円（18%オフ）",
        "Was $119, now $84 (-29%) at Bazaar Direct",
    ],
)
def test_an_old_and_new_price_is_a_deal(line):
    assert price_drop(line)
    assert ("promo", "price_drop") in _named(line)


@pytest.mark.parametrize(
    "line",
    [
        "Entry €12, children €6",  # a guide's prices
        "全程車費：7.4元 → 8.8元",  # a labelled fact in a story: the fare went up
        "Prices fell 20% from €300 to €240.",  # a sentence
        "£3 once    £10 once    Choose my own amount →",  # a button's arrow after the sums
        "The pass costs €45 → it pays off after three museums",  # one sum
    ],
)
def test_a_storys_prices_are_no_deal(line):
    assert not price_drop(line)


def test_a_row_of_buttons_takes_its_buttons_label():
    assert ("ui", "button_row") in _named("Print · Save")
    assert ("ui", "button_row") in _named("Imprimir · Guardar receita")
    # Fields that are not buttons each: a menu, a guide's headings, a sentence.
    for line in ("Castle · Lookout tower", "Print the form · sign it · send it back today"):
        assert "button_row" not in {reason for _, reason in _named(line)}


def test_a_measuring_switch_is_ui_and_a_route_is_not():
    assert ("ui", "unit_toggle") in _named("US Customary | Metric")
    assert ("ui", "unit_toggle") in _named("Cups · Grams")
    for line in ("Metric", "Rome / Paris", "Metric tons | 2024"):
        assert "unit_toggle" not in {reason for _, reason in _named(line)}
