"""The forms of a recipe card's and a shop box's controls, in any language.

- `servings_switch`: a recipe card's servings scaler or stepper ("Servings: 1x 2x 3x",
  "Porzioni: – 4 +", "Порције: 3 · 6 · 12"): the ui label.
- `unit_toggle`: a recipe card's measuring-system or servings switch, its words side by
  side ("US Customary | Metric", "Cups · Grams"; the words are lexicon_commerce.py's): ui.
- `price_drop`: a deal box's old and new price ("Was £349, now £279 (-20%)", "18 990 ₽
  вместо 23 500 ₽", "18,980円 → 15,480円（18%オフ）"): the promo label.

The servings control and the price drop are told by their form, not by words: a short
label at most, then numbers. A recipe's own facts ("Serves 4", "Prep 15 min | Cook 35
min") name one number each; a travel guide's prices ("Entry €12, children €6") carry no
arrow or discount.
"""

from __future__ import annotations

import re

from .payments import count_sums
from .prose_cues import table_pattern
from .scripts import fold_case

# A label of a word or three before the control, with or without a colon ("Servings:",
# "Khẩu phần:", "प्रमाण:").
# (Any characters but digits and separators: an Indic word's vowel signs are not \w.)
_WORD = r"[^\s\d:：|·/+–−-]+"
_LABEL = rf"(?:{_WORD}(?:\s{_WORD}){{0,2}}\s?[:：]?\s*)?"
_FRACTION = r"(?:\d{1,2}|[½¼¾⅓⅔]|1/2)"
# "1x 2x 3x", "½x · 1x · 2x", "×1 ×2 ×4".
_MULTIPLIERS = re.compile(
    rf"{_LABEL}(?:{_FRACTION}\s?[x×]|[x×]\s?{_FRACTION})"
    rf"(?:\s*[·|/,]?\s*(?:{_FRACTION}\s?[x×]|[x×]\s?{_FRACTION})){{1,5}}",
    re.IGNORECASE,
)
# "Porzioni: – 4 +", "Servings − 6 +".
_STEPPER = re.compile(rf"{_LABEL}[–−-]\s?\d{{1,2}}\s?\+")
# "Порције: 3 · 6 · 12": a label with its colon, then three small counts or more.
_COUNTS = r"\d{1,2}(?:\s?[·|/]\s?\d{1,2}){2,5}"
_CHOICES = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,2}}\s?[:：]\s*({_COUNTS})")
MOST_SERVINGS = 24
SWITCH_MAX_CHARS = 60


def servings_switch(text: str) -> bool:
    """Whether a line is nothing but a recipe card's servings control."""
    line = text.strip()
    if len(line) > SWITCH_MAX_CHARS:
        return False
    if _MULTIPLIERS.fullmatch(line) or _STEPPER.fullmatch(line):
        return True
    choices = _CHOICES.fullmatch(line)
    if choices is None:
        return False
    counts = [int(n) for n in re.findall(r"\d+", choices.group(1))]
    # Growing counts, as a scaler offers them (a row of scores or sizes need not grow).
    return counts[-1] <= MOST_SERVINGS and all(a < b for a, b in zip(counts, counts[1:]))


_TOGGLE_SEPARATOR = re.compile(r"\s?[|/·•]\s?")
_TOGGLE_FIELDS = (2, 4)
TOGGLE_MAX_CHARS = 50


def unit_toggle(text: str) -> bool:
    """Whether a line is nothing but two to four switch words side by side."""
    line = text.strip()
    if len(line) > TOGGLE_MAX_CHARS or _TOGGLE_SEPARATOR.search(line) is None:
        return False
    words = table_pattern("lexicon_commerce", "COMMERCE_CUES", "unit_toggle")
    fields = [field.strip() for field in _TOGGLE_SEPARATOR.split(fold_case(line))]
    return _TOGGLE_FIELDS[0] <= len(fields) <= _TOGGLE_FIELDS[1] and all(
        field and words.fullmatch(field) for field in fields
    )


# Between an old and a new price: an arrow, or a discount in per cent beside them.
_ARROW = re.compile(r"[→⇒➔➜►▶>»]|->")
_DISCOUNT = re.compile(
    r"[-−–]\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|オフ|割引|할인|折)", re.IGNORECASE
)
_LABELLED = re.compile(r"[^\d:：]*[:：]")
DEAL_MAX_WORDS = 10
DEAL_MAX_CHARS = 90


def price_drop(text: str) -> bool:
    """Whether a short line gives an old and a new price with an arrow or a discount."""
    line = text.strip()
    if (
        len(line.split()) > DEAL_MAX_WORDS
        or len(line) > DEAL_MAX_CHARS
        or line.endswith((".", "。"))
    ):
        return False
    digits = [i for i, char in enumerate(line) if char.isdigit()]
    # (A labelled fact, "Fare: 7.4 → 8.8", is a story's table; a button's arrow follows
    # the sums, "£10 once  Choose my own amount →".)
    if not digits or _LABELLED.match(line):
        return False
    between = line[digits[0] : digits[-1]]
    if not (_ARROW.search(between) or _DISCOUNT.search(line)):
        return False
    return count_sums(line) >= 2
