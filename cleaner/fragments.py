"""Lines that break one sentence: keep them with the sentence they belong to.

An extractor puts a link or an inline element on a line of its own, so one sentence of the
article reaches `cleaner` as several lines: "Mitte Januar 2022 hat" / "Strava" / "ein Update
für sein Routen-Tool ...". Read alone, the first two look like a dateline and a name. When a
kept line starts in lower case, the short lines before it that end without a stop are the
start of its sentence: they stay with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import UnitInput
from .rules import WHOLE_LINE_WEIGHT
from .verdicts import Verdict, kept_by_guard

# Longest run of removed lines, and longest line, taken for a sentence's start.
MAX_RUN = 3
MAX_WORDS = 12
# A line that goes on with a sentence has a few words at least ("überregional" is a field).
CONTINUATION_WORDS = 3
# Georgian letters are lower case to Unicode, but the script writes no capitals.
_GEORGIAN = re.compile("[\u10d0-\u10ff]")
_CLOSERS = "\"'”’»)]）」』"


def _ends_open(text: str) -> bool:
    """Whether the line stops in the middle of a sentence (no stop at its end)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    # (On a letter: a line that ends on a number or an address is a field of its own.)
    return bool(stripped) and stripped[-1].isalpha()


def _continues(text: str) -> bool:
    """Whether the line goes on with a sentence begun above: it starts with a lower-case
    word (a script with case)."""
    words = text.split(maxsplit=CONTINUATION_WORDS)
    first = words[0].rstrip(",;:") if words else ""
    # (The whole first word: "iPhone" or "eBay" may start a paragraph, and "www.x.de" or
    # "jan@x.de" is an address, not a sentence going on.)
    return (
        len(words) >= CONTINUATION_WORDS
        and first.isalpha()
        and first.islower()
        and not _GEORGIAN.match(first)
    )


def _cued(item: UnitInput) -> bool:
    """Whether a cue rule names the line junk on its own: a whole-line cue ("Advertisement",
    "Share") or a prompt's or teaser's ("Related: ..."). A date or a name is not enough:
    a sentence may start with one ("Since March 2024 the")."""
    return any(hit.weight >= WHOLE_LINE_WEIGHT or hit.label != "meta" for hit in item.hits)


def keep_sentence_starts(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep the removed short lines that start the sentence of the kept line after them."""
    kept = list(verdicts)
    for i in range(1, len(inputs)):
        if kept[i][0] != "body" or not _continues(inputs[i].text):
            continue
        start = i
        while (
            start > 0
            and i - start < MAX_RUN
            and kept[start - 1][0] != "body"
            and _ends_open(inputs[start - 1].text)
            and inputs[start - 1].n_words <= MAX_WORDS
            and not _cued(inputs[start - 1])
        ):
            start -= 1
        for j in range(start, i):
            kept[j] = kept_by_guard(kept[j], "guard:sentence_start")
    return kept
