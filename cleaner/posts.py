"""An embedded post's text, kept above its credit or signature.

A page that quotes a star's post embeds it: "View this post on Instagram" (ui), the post's
text (the story's quote: body), then its credit ("A post shared by Lia Moreno
(@liamoreno)") or signature ("— Dax Orr (@daxorr) March 3, 2026"), both meta (embeds.py,
lexicon_entertainment.py). Read alone, the text is a fan's or a star's chatter ("So proud
of this crew. See you in April!") that the model may take for an appeal or a teaser.
"""

from __future__ import annotations

from collections.abc import Sequence

from .decide import Verdict, kept_by_guard
from .features import UnitInput

# The reasons a credit or a signature line carries.
POST_MARKS = frozenset({"post_credit", "post_signature"})
# How far above its credit a post's text may begin (a long post is two paragraphs).
POST_LINES = 2
# Longer than this, a line above a credit is the story's own paragraph, not the post.
POST_CHARS = 600


def keep_embedded_posts(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep an embedded post's text, a line or two right above its credit or signature,
    that the model or the context alone removed (no cue rule of its own)."""
    kept = list(verdicts)
    for i, item in enumerate(inputs):
        # (A line read as social, "Follow us (@x)", is a handle's list, not a post's credit.)
        if kept[i][0] != "meta" or not any(hit.reason in POST_MARKS for hit in item.hits):
            continue
        for j in range(i - 1, max(i - 1 - POST_LINES, -1), -1):
            above = inputs[j]
            if above.hits or len(above.text) > POST_CHARS:
                break  # the platform's leftovers ("View this post on Instagram") or the story
            if kept[j][0] != "body":
                kept[j] = kept_by_guard(kept[j], "guard:embedded_post")
    return kept
