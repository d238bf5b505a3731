"""Heuristic rules: cue lexicons and structural patterns that vote for a label.

Rules never decide alone on long units; they feed the model and the context pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import PHRASES, WHOLE_LINE
from .records import RuleHit

# Units longer than this are prose: a whole-line match cannot apply.
WHOLE_LINE_MAX_CHARS = 60
# A phrase hit on a long paragraph is weak evidence: body text quotes these words too.
LONG_UNIT_CHARS = 300

_EDGE_JUNK = " \t\u00a0|•·»«›‹>→←-–—*#:.!?\"'“”„"


@lru_cache(maxsize=1)
def _compiled() -> tuple[
    list[tuple[str, str, re.Pattern[str]]], list[tuple[str, str, re.Pattern[str]]]
]:
    whole = [
        (label, reason, re.compile(rf"(?:{pattern})"))
        for label, reasons in WHOLE_LINE.items()
        for reason, pattern in reasons.items()
    ]
    phrases = [
        (label, reason, re.compile(pattern))
        for label, reasons in PHRASES.items()
        for reason, pattern in reasons.items()
    ]
    return whole, phrases


def normalise(text: str) -> str:
    """Lower-case and strip bullets, arrows and punctuation from the edges."""
    return text.strip(_EDGE_JUNK).lower()


def rule_hits(text: str) -> list[RuleHit]:
    """All rules that fire on one unit's text."""
    whole, phrases = _compiled()
    norm = normalise(text)
    hits: list[RuleHit] = []
    if not norm:
        if text.strip():
            hits.append(RuleHit("ui", 0.9, "no_letters"))
        return hits
    if len(norm) <= WHOLE_LINE_MAX_CHARS:
        for label, reason, pattern in whole:
            if pattern.fullmatch(norm):
                hits.append(RuleHit(label, 0.95, reason))
    long_unit = len(norm) > LONG_UNIT_CHARS
    for label, reason, pattern in phrases:
        if pattern.search(norm[:2000]):
            hits.append(RuleHit(label, 0.4 if long_unit else 0.7, reason))
    return hits


def opens_block(text: str, hits: Sequence[RuleHit]) -> bool:
    """Header lines that open an appeal block ("A Message from X:", "Dear readers,")."""
    if any(hit.reason in {"appeal_header", "dear_readers"} for hit in hits):
        return len(text) < 200
    return False
