"""An embedded post's text, kept above its credit or signature.

A page that quotes a star's post embeds it: "View this post on Instagram" (ui), the post's
text (the story's quote: body), then the platform's credit ("A post shared by Lia Moreno
(@liamoreno)": meta) or a tweet's signature ("— Dax Orr (@daxorr) March 3, 2026": kept
with the quote), see embeds.py. Read alone, the text is a fan's or a star's chatter ("So
proud of this crew. See you in April!") that the model may take for an appeal or a
teaser.
"""

from __future__ import annotations

from collections.abc import Sequence

from .embeds import tweet_signature
from .features import UnitInput
from .verdicts import Verdict, kept_by_guard

# The reasons a platform's credit line carries.
POST_MARKS = frozenset({"post_credit", "account_credit"})
# How far above its credit a post's text may begin (a long post is two paragraphs).
POST_LINES = 2
# Longer than this, a line above a credit is the story's own paragraph, not the post.
POST_CHARS = 600


def keep_embedded_posts(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep an embedded post's text, a line or two right above the platform's credit (kept
    as meta) or a tweet's signature, that the model or the context alone removed (no cue
    rule of its own)."""
    kept = list(verdicts)
    for i, item in enumerate(inputs):
        # (A line read as social, "Follow us (@x)", is a handle's list, not a post's credit.)
        credit = kept[i][0] == "meta" and any(hit.reason in POST_MARKS for hit in item.hits)
        if not (credit or tweet_signature(item.text)):
            continue
        for j in range(i - 1, max(i - 1 - POST_LINES, -1), -1):
            above = inputs[j]
            if above.hits or len(above.text) > POST_CHARS:
                break  # the platform's leftovers ("View this post on Instagram") or the story
            if kept[j][0] != "body":
                kept[j] = kept_by_guard(kept[j], "guard:embedded_post")
    return kept
