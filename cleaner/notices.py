"""An obituary's or a death notice's head: the name it is about, and the life's dates.

A notice opens on the name of the person who died, alone on a line ("Eileen Margaret
Doyle", "MACPHERSON, Eileen Margaret (née Doucette)"), often over the life's dates ("April
3, 1936 – November 22, 2024", "* 12.03.1938 † 28.11.2026"). Read alone, the name is a
byline and the dates a page's date line, so the model removes them; they are the notice's
headline (the contract's body). They stay when the notice itself stays: a name over the
life's dates, or a name that the next paragraph opens with ("Eileen Margaret Doyle, 88, of
Fenwick Bay, died ..."), right above kept text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import UnitInput
from .months import YEAR_DATE
from .verdicts import Verdict, kept_by_guard

# Two dates joined by a dash, or after a birth's and a death's marks.
_LIFE_SPAN = re.compile(
    rf"\W{{0,3}}{YEAR_DATE}\s?[–—-]\s?[*✝†]?\s?{YEAR_DATE}\W{{0,2}}|"
    rf"(?:\*|b\.|geb\.|né[e]?)\s?{YEAR_DATE}[\s,;]*(?:†|✝|d\.|gest\.)\s?{YEAR_DATE}\.?",
    re.IGNORECASE,
)
# A name: a few words (two at least: "Travaux" over "Travaux de voirie ..." is a
# subheading), no figures, no sentence's stop (an initial's may stand: "Ann B.
# Hale"), no colon (a field's label).
NAME_MAX_WORDS = 10
_NOT_A_NAME = re.compile(r"\d|[!?:;。！？]|[^\W\d_]{2,}\.(?:\s|$)")
# How far below the head the notice's kept text must begin.
KEPT_WITHIN = 3


def life_span(text: str) -> bool:
    """Whether the line is a life's dates and nothing else."""
    return _LIFE_SPAN.fullmatch(text.strip()) is not None


def _name_line(text: str) -> bool:
    line = text.strip()
    return 2 <= len(line.split()) <= NAME_MAX_WORDS and not _NOT_A_NAME.search(line)


def _opens_with(paragraph: str, name: str) -> bool:
    """Whether the paragraph opens with the name (cases and spaces aside)."""
    first = " ".join(paragraph.split()).casefold()
    head = " ".join(name.split()).casefold()
    return len(head) >= 5 and first.startswith(head) and first[len(head) : len(head) + 1] in ",( "


def keep_notice_heads(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep a notice's name and life's dates that the model alone removed (no cue rule),
    above the notice's kept text."""
    kept = list(verdicts)

    def kept_below(i: int) -> bool:
        return any(v[0] == "body" for v in kept[i + 1 : i + 1 + KEPT_WITHIN])

    def restore(i: int, guard: str) -> None:
        if kept[i][0] != "body" and not inputs[i].hits:
            kept[i] = kept_by_guard(kept[i], guard)

    for i, item in enumerate(inputs):
        if life_span(item.text) and kept_below(i):
            if i > 0 and _name_line(inputs[i - 1].text):
                restore(i - 1, "guard:notice_head")
            restore(i, "guard:notice_head")
        elif (
            i + 1 < len(inputs)
            and kept[i + 1][0] == "body"
            and _name_line(item.text)
            and _opens_with(inputs[i + 1].text, item.text)
        ):
            restore(i, "guard:notice_head")
    return kept
