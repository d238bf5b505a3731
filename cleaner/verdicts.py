"""A verdict per unit, and the helpers the passes after decide() share to change them:
keep a unit by a guard, remove one by its context, find where a page's tail starts,
keep the sentences a run-together line was cut into.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from .features import UnitInput

Verdict = tuple[str, float, str, tuple[str, ...]]  # label, score, first-pass label, reasons


# A sentence of a run-together line this long (in characters, links not counted) holds
# more than one line's worth: lines without a full stop (a byline, a teaser headline, a
# menu) glued to the article's next sentence. Removing it would take that sentence too.
GLUED_KEEP_CHARS = 400
# A Markdown link's target is bounded like a browser's address and holds no "]" (a run of
# "](" without its closing bracket must not make each try scan on).
LINK_TARGET_MAX_CHARS = 2048
_LINK_TARGET = re.compile(rf"\]\([^)\]\s]{{0,{LINK_TARGET_MAX_CHARS}}}\)|https?://\S+")


def kept_by_guard(verdict: Verdict, guard: str) -> Verdict:
    """A removed unit's verdict turned into a kept one that names the guard keeping it (the
    score becomes the body's: one minus the junk score)."""
    _label, score, first_label, _reasons = verdict
    return ("body", round(1.0 - score, 4), first_label, (f"model:{first_label}", guard))


def tail_start(inputs: Sequence[UnitInput], kept: Sequence[bool], share: float) -> int | None:
    """The first unit with at least `share` of the kept units' characters above it (the
    document's tail begins there), or None when nothing is kept."""
    total = sum(len(item.text) for item, is_kept in zip(inputs, kept) if is_kept)
    if not total:
        return None
    above = 0
    for i, (item, is_kept) in enumerate(zip(inputs, kept)):
        if above >= share * total:
            return i
        above += len(item.text) if is_kept else 0
    return len(inputs)


def removed_by_context(verdict: Verdict, label: str, context: str, floor: float) -> Verdict:
    """A kept unit's verdict turned into a removed one that names the context removing it
    (the score becomes the junk's, one minus the body score, at least `floor`)."""
    _label, score, first_label, _reasons = verdict
    reasons = (f"model:{first_label}", context)
    return (label, round(max(1.0 - score, floor), 4), first_label, reasons)


def remove_found(
    verdicts: Sequence[Verdict],
    find: Callable[[], Iterable[int]],
    label: str,
    context: str,
    score: float,
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """The verdicts with each kept unit that `find()` names removed as `label` by
    `context`, at least `score` sure; none if the caller keeps `label` or asks for more
    certainty than `score` (then `find` is not called: the document is not read for it)."""
    kept = list(verdicts)
    if label in keep or threshold > score:
        return kept
    for i in find():
        if kept[i][0] == "body":
            kept[i] = removed_by_context(kept[i], label, context, score)
    return kept


def keep_glued_sentences(
    verdicts: Sequence[Verdict], pieces: Sequence[str | None]
) -> list[Verdict]:
    """Keep the removed sentences of run-together lines that are GLUED_KEEP_CHARS or longer.

    `pieces`: each unit's text when it is a sentence of a run-together line, else None.
    """
    kept = []
    for verdict, piece in zip(verdicts, pieces):
        if (
            verdict[0] != "body"
            and piece is not None
            and len(_LINK_TARGET.sub("", piece)) >= GLUED_KEEP_CHARS
        ):
            verdict = kept_by_guard(verdict, "guard:glued_lines")
        kept.append(verdict)
    return kept
