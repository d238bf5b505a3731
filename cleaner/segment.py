"""Split text into units (non-blank lines) with exact character offsets.

Every character of the input belongs to exactly one unit span or to leading blank lines,
which is what makes the removal record lossless.
"""

from __future__ import annotations

import re

from .records import Unit

# A line's content: \r\n, \n and \r all end a line; offsets stay exact because we never
# normalise. Empty lines never match, so runs of blank lines cost nothing per line.
_LINE = re.compile(r"[^\r\n]+")


def segment(text: str) -> list[Unit]:
    """Return the non-blank lines of `text` as units, in order."""
    units: list[Unit] = []
    pending: tuple[int, int, str] | None = None  # the current unit's start, end and text
    for match in _LINE.finditer(text):
        content = match.group().strip()
        if not content:
            continue
        if pending is not None:
            units.append(_make_unit(len(units), pending, match.start()))
        pending = (match.start(), match.end(), content)
    if pending is not None:
        units.append(_make_unit(len(units), pending, len(text)))
    return units


def _make_unit(index: int, pending: tuple[int, int, str], span_end: int) -> Unit:
    # span_end runs to the next unit's start: the line break and blank lines go with it.
    start, end, content = pending
    return Unit(index=index, start=start, end=end, span_end=span_end, text=content)
