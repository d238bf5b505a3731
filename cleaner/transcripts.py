"""A transcript's turns are the article: keep the short ones that read as a byline.

In an interview or a podcast transcript every line opens with its speaker ("ANA RUIZ:
Thank you.", "[14:30] Yoav: How does that work?"). Read alone, a short turn looks like a
name and a field, the way bylines and credits do, and after the last long turn the model
takes the closing "Thank you." lines for the page's furniture or a donation's thanks.
When several speakers each open two or more lines, a turn that only the model removed
(no cue rule names it) stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .decide import Verdict
from .features import UnitInput

# "[12:30] ", "(01:02:03) ", then a speaker of one to four words, maybe a time, and a
# colon: "Ana Ruiz: ...", "[12:30] Ana: ...", "Ana (12:30): ...".
_TURN = re.compile(
    r"^(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
    r"(?P<speaker>[^\W\d_][^\s:：(]*(?:\s[^\s:：(]+){0,3})"
    r"(?:\s?\(\d{1,2}:\d{2}(?::\d{2})?\))?\s?[:：]\s*\S"
)
SPEAKERS = 2  # speakers with two or more turns each make a transcript


def speaker(text: str) -> str | None:
    """The speaker a line opens with, in upper case, or None."""
    match = _TURN.match(text.strip())
    return match.group("speaker").upper() if match else None


def transcript_speakers(texts: Sequence[str]) -> frozenset[str]:
    """The speakers of a transcript (each opens two or more lines), or nothing when fewer
    than SPEAKERS do: "Photo: ..." twice is no conversation."""
    counts = Counter(name for name in map(speaker, texts) if name)
    speakers = frozenset(name for name, n in counts.items() if n >= 2)
    return speakers if len(speakers) >= SPEAKERS else frozenset()


def keep_turns(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep a transcript's turns that the model alone removed."""
    speakers = transcript_speakers([item.text for item in inputs])
    if not speakers:
        return list(verdicts)
    kept = []
    for verdict, item in zip(verdicts, inputs):
        label, score, first_label, _reasons = verdict
        # (A cue still removes a turn: a host's sponsor read, "HOST: Support the show ...".)
        if label != "body" and not item.hits and speaker(item.text) in speakers:
            verdict = (
                "body",
                round(1.0 - score, 4),
                first_label,
                (f"model:{first_label}", "guard:transcript_turn"),
            )
        kept.append(verdict)
    return kept
