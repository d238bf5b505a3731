"""Plain data types that flow through the pipeline.

Labels, units of text with exact offsets, per-unit decisions and the final result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    """The closed label set of CONTRACT.md; `body` is kept, every other label is removed."""

    BODY = "body"
    DONATION = "donation"
    SUBSCRIPTION = "subscription"
    NEWSLETTER = "newsletter"
    SOCIAL = "social"
    RELATED = "related"
    PROMO = "promo"
    COMMENTS = "comments"
    LEGAL = "legal"
    UI = "ui"
    META = "meta"

    def __str__(self) -> str:
        return self.value


LABELS: tuple[str, ...] = tuple(label.value for label in Label)
JUNK_LABELS: tuple[str, ...] = tuple(label for label in LABELS if label != "body")


@dataclass(frozen=True)
class Unit:
    """One line of the source text.

    `start`/`end` delimit the visible content (no line terminator); `span_end` also covers
    the terminator and any blank lines that follow, so removing [start, span_end) of
    consecutive units leaves no holes.
    """

    index: int
    start: int
    end: int
    span_end: int
    text: str


@dataclass(frozen=True)
class RuleHit:
    """A heuristic's opinion about one unit."""

    label: str
    weight: float  # 0..1: how sure the rule is on its own
    reason: str


@dataclass(frozen=True)
class Decision:
    """Final verdict on one unit, with its first-pass label kept for explanation."""

    unit: Unit
    label: str
    score: float
    first_label: str
    reasons: tuple[str, ...]

    @property
    def removed(self) -> bool:
        return self.label != Label.BODY.value


@dataclass(frozen=True)
class Removal:
    """One removed piece of the input: offsets are into the input (or `extracted`)."""

    start: int | None
    end: int | None
    label: str
    text: str
    score: float
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "score": round(float(self.score), 4),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class CleanResult:
    """What `clean()` returns: the clean text and a lossless record of the removals."""

    text: str
    source: str  # "text" | "html"
    removed: tuple[Removal, ...]
    model: str
    extracted: str | None = None
    decisions: tuple[Decision, ...] = field(default=(), repr=False, compare=False)

    def restore(self) -> str:
        """Re-insert every located removal: gives back the input (or `extracted`) exactly."""
        pieces: list[str] = []
        source_pos = 0  # position in the original text
        kept_pos = 0  # position in self.text
        for item in self.removed:
            if item.start is None or item.end is None:
                continue  # pruned from the HTML before extraction: no place in the text
            gap = item.start - source_pos
            pieces.append(self.text[kept_pos : kept_pos + gap])
            pieces.append(item.text)
            kept_pos += gap
            source_pos = item.end
        pieces.append(self.text[kept_pos:])
        return "".join(pieces)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "source": self.source}
        if self.source == "html":
            out["extracted"] = self.extracted if self.extracted is not None else ""
        out["removed"] = [item.to_dict() for item in self.removed]
        out["model"] = self.model
        return out
