"""Junk glued to a sentence in run-together text, cut off where it ends.

Read sentence by sentence (segment.py), run-together text still glues a line that had no
full stop (a byline, a share row, a teaser headline) to the sentence after it: "By Ana
Ruiz | 3 May 2025 | 4 min read The council voted on Tuesday ...". For such a piece, each
place where a capitalised word starts is tried as a cut: the first pass reads the words
before it and the words after it, each on its own, and the piece is cut where the first
part carries a cue rule's hit and clearly reads as junk, and the rest clearly as body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from .features import UnitInput, make_inputs
from .records import Unit
from .segment import cut_unit, unit_text

# The cut leaves at least this many words after it (a sentence), and is tried at most at
# the first MAX_CUTS places of a piece (glued junk comes first).
MIN_WORDS_AFTER = 4
MAX_CUTS = 12
MAX_ROUNDS = 3
# How clearly each part must read: the first as junk (any label), the rest as body.
JUNK_SURE = 0.8
BODY_SURE = 0.6

_BOUNDARY = re.compile(r"\s+(?=\S)")


def cut_glued(
    text: str,
    units: Sequence[Unit],
    pieces: Sequence[bool],
    score: Callable[[list[UnitInput]], np.ndarray],
) -> list[Unit]:
    """The units with each glued sentence piece cut where junk ends and body begins.

    `pieces`: which units are sentences of a run-together line; `score`: the first pass's
    probabilities (body first) for unit inputs. What follows a cut is tried again (two
    glued lines, a byline after a share row), up to MAX_ROUNDS times.
    """
    out = list(units)
    tried = [i for i, piece in enumerate(pieces) if piece]
    for _round in range(MAX_ROUNDS):
        cuts = _best_cuts(text, out, tried, score)
        if not cuts:
            break
        cut_units, tried = [], []
        for i, unit in enumerate(out):
            if i in cuts:
                tried.append(len(cut_units) + 1)  # what follows the cut
                cut_units += cut_unit(text, unit, [cuts[i]])
            else:
                cut_units.append(unit)
        out = [replace(unit, index=n) for n, unit in enumerate(cut_units)]
    return out


def _best_cuts(
    text: str,
    units: Sequence[Unit],
    tried: Sequence[int],
    score: Callable[[list[UnitInput]], np.ndarray],
) -> dict[int, int]:
    """unit index -> offset of the best cut, for the units in `tried` that have one."""
    candidates = [(i, cut) for i in tried for cut in _cuts(text, units[i])]
    if not candidates:
        return {}
    # The first part must carry a cue of its own (a byline, a share row, "Read also:"): the
    # start of a sentence cut before a name reads like a headline too. Rules come first,
    # and only the cuts whose first part has a cue are read by the model.
    befores = make_inputs([unit_text(text[units[i].start : cut]) for i, cut in candidates])
    cued = [n for n, before in enumerate(befores) if before.hits]
    if not cued:
        return {}
    afters = make_inputs(
        [unit_text(text[candidates[n][1] : units[candidates[n][0]].end]) for n in cued]
    )
    inputs = []
    for n, after in zip(cued, afters):
        i, before = candidates[n][0], befores[n]
        # Read where they would sit: the unit's place in a document one unit longer.
        before.position, after.position = i, i + 1
        before.count = after.count = len(units) + 1
        inputs += [before, after]
    probs = score(inputs)
    best: dict[int, tuple[float, int]] = {}
    for k, n in enumerate(cued):
        i, cut = candidates[n]
        junk_before, body_after = 1.0 - probs[2 * k, 0], probs[2 * k + 1, 0]
        if junk_before >= JUNK_SURE and body_after >= BODY_SURE:
            margin = junk_before + body_after
            if i not in best or margin > best[i][0]:
                best[i] = (margin, cut)
    return {i: cut for i, (_margin, cut) in best.items()}


def _cuts(text: str, unit: Unit) -> list[int]:
    """Where a capitalised word starts (in a script without capitals: any word), leaving a
    sentence of MIN_WORDS_AFTER words or more after it."""
    body = text[unit.start : unit.end]
    starts = [m.end() for m in _BOUNDARY.finditer(body)]
    if len(starts) < MIN_WORDS_AFTER:
        return []
    starts = starts[: len(starts) - MIN_WORDS_AFTER + 1]
    cased = any(c.isupper() or c.islower() for c in body)
    cuts = [s for s in starts if not cased or body[s].isupper()]
    return [unit.start + s for s in cuts[:MAX_CUTS]]
