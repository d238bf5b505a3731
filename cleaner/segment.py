"""Split text into units (non-blank lines) with exact character offsets.

Every character of the input belongs to exactly one unit span or to leading blank lines,
which is what makes the removal record lossless.
"""

from __future__ import annotations

import re

from .records import Unit

# \r\n, \n and \r all end a line; offsets stay exact because we never normalise.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")


def segment(text: str) -> list[Unit]:
    """Return the non-blank lines of `text` as units, in order."""
    lines: list[tuple[int, int, int]] = []  # (line start, content end, line end)
    for match in _LINE.finditer(text):
        line_start, line_end = match.span()
        if line_start == line_end:
            if line_start >= len(text):
                break
            continue
        content = match.group().rstrip("\r\n")
        lines.append((line_start, line_start + len(content), line_end))

    units: list[Unit] = []
    pending: tuple[int, int] | None = None  # the current unit's (start, end)
    for line_start, content_end, _line_end in lines:
        if not text[line_start:content_end].strip():
            continue
        if pending is not None:
            units.append(_make_unit(text, len(units), pending, line_start))
        pending = (line_start, content_end)
    if pending is not None:
        units.append(_make_unit(text, len(units), pending, len(text)))
    return units


def _make_unit(text: str, index: int, bounds: tuple[int, int], span_end: int) -> Unit:
    start, end = bounds
    return Unit(index=index, start=start, end=end, span_end=span_end, text=text[start:end].strip())
