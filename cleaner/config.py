"""One documented settings object for a cleaning run.

Every field has a default and a reason; the CLI and integrations only fill it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .records import LABELS


@dataclass(frozen=True)
class CleanerConfig:
    # Minimum confidence in a junk label before a unit is removed. Removing body text is
    # the worst error, so the default sits above an even split.
    threshold: float = 0.6
    # Labels that are never removed even when predicted ("body" is always kept).
    keep: frozenset[str] = field(default_factory=frozenset)
    # Strip obvious appeal containers (class/id/aria cues) from HTML before extraction.
    prune_html: bool = True
    # Keep reader comments out of the HTML extraction (trafilatura's include_comments).
    html_comments: bool = False
    # trafilatura's favor_precision: drops more borderline text before our own pass.
    html_precision: bool = False
    # None means the shipped model in models/.
    model_path: Path | None = None
    # Load an old pickled model from outside the shipped models/ folder (pickles run code
    # on load; today's array models are safe anywhere).
    trust_model: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {self.threshold}")
        unknown = set(self.keep) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown label(s) to keep: {', '.join(sorted(unknown))}")
