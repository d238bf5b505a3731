"""The form in which the rules read a line: lower-cased, Greek accents dropped, and
bullets, arrows, pictographs and punctuation stripped from its edges (an ellipsis too: a
loading widget or a comment box's placeholder ends on one, "Write a comment…").
"""

from __future__ import annotations

import unicodedata

from .scripts import cue_form

EDGE_JUNK = " \t\u00a0|•·»«›‹<>→←-–—*#:.!?\"'“”„[](){}\\▷▶►▸■◆●…"


# Pictographs at a line's edge ("👉 Read also: ...", "🔔 Subscribe", "✅"): symbols, and
# the joiners and selectors emoji are built with. The marks a cue spells stay.
_KEPT_SYMBOLS = frozenset("©®℗™°")
EMOJI_PARTS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _is_arrow(char: str) -> bool:
    """Arrows (some are math symbols to Unicode: "↓", "⟳"), from their blocks."""
    code = ord(char)
    return 0x2190 <= code <= 0x21FF or 0x27F0 <= code <= 0x27FF or 0x2900 <= code <= 0x297F


def _is_edge_symbol(char: str) -> bool:
    """Whether `char` is a pictograph, an arrow or an emoji part to strip from a line's
    edge."""
    if char in EMOJI_PARTS or _is_arrow(char):
        return True
    return unicodedata.category(char) in ("So", "Sk") and char not in _KEPT_SYMBOLS


def _strip_symbols(text: str) -> str:
    """`text` without pictographs (and edge junk between them) at either end."""
    start, end = 0, len(text)
    while start < end and (text[start] in EDGE_JUNK or _is_edge_symbol(text[start])):
        start += 1
    while end > start and (text[end - 1] in EDGE_JUNK or _is_edge_symbol(text[end - 1])):
        end -= 1
    return text[start:end]


def normalise(text: str) -> str:
    """Lower-case, drop Greek accents and strip bullets, arrows, pictographs and punctuation
    from the edges."""
    stripped = text.strip(EDGE_JUNK)
    if stripped and not (stripped[0].isascii() and stripped[-1].isascii()):
        # A line of symbols alone ("★★★★☆", a review's rating) stays as it is.
        stripped = _strip_symbols(stripped) or stripped
    return cue_form(stripped)
