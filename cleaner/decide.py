"""Turn first- and second-pass probabilities plus rule hits into one decision per unit.

Conservative by design: a unit is removed only when the junk probability clears the
threshold, because removing body text is the worst error.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from .features import UnitInput, is_news_voice
from .records import LABELS
from .rules import opens_block

# A whole-line cue ("Share", "Advertisement") decides unless the model is sure of body.
STRONG_RULE = 0.95
STRONG_BODY = 0.9
# A unit the first pass reads as body on its own is only pulled out by an appeal block
# opened above it ("A Message from X:"), never by position or neighbours alone.
FIRST_PASS_BODY = 0.75
APPEAL_REACH = 10
# Between the first and last prose paragraph that read as body (the article's core), a
# unit is only removed on strong evidence: a cue rule or an appeal block. Outside the
# core (leading and trailing junk) the model's threshold applies.
ANCHOR_WORDS = 12

Verdict = tuple[str, float, str, tuple[str, ...]]  # label, score, first-pass label, reasons


def _is_table_row(text: str) -> bool:
    """Extractors render table rows as '| a | b |': tables in an article are content."""
    return text.startswith("|") and text.endswith("|") and text.count("|") >= 3


def _trained_script(text: str) -> bool:
    """True when most letters are Latin, Greek or Cyrillic: the scripts the model was
    trained on. Elsewhere (CJK, Hangul, Arabic ...) only cue rules may remove a unit."""
    letters = [c for c in text[:500] if c.isalpha()]
    return not letters or sum(ord(c) < 0x0530 for c in letters) * 2 >= len(letters)


def decide(
    inputs: Sequence[UnitInput],
    first: np.ndarray,
    second: np.ndarray,
    threshold: float = 0.6,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """One verdict per unit: (label, score, first-pass label, reasons)."""
    verdicts: list[Verdict] = []
    since_header = None
    confident_body = first[:, 0] >= FIRST_PASS_BODY
    anchors = [
        i
        for i, item in enumerate(inputs)
        if confident_body[i] and len(item.text.split()) >= ANCHOR_WORDS
    ]
    core = (anchors[0], anchors[-1]) if anchors else (len(inputs), -1)
    for i, item in enumerate(inputs):
        if opens_block(item.text, list(item.hits)):
            since_header = 0
        elif since_header is not None:
            since_header += 1
        in_block = since_header is not None and since_header <= APPEAL_REACH
        first_label = LABELS[int(first[i].argmax())]
        p_body = float(second[i, 0])
        junk = 1.0 - p_body
        label = LABELS[1 + int(second[i, 1:].argmax())]

        strong = [h for h in item.hits if h.weight >= STRONG_RULE]
        if strong and p_body < STRONG_BODY:
            label = strong[0].label
            junk = max(junk, strong[0].weight)
        elif not in_block:
            # A cue phrase in news voice ("... ignored repeated copyright notices", the
            # judges said) reports on the topic: it does not count as evidence of junk.
            ruled = any(h.label == label for h in item.hits) and not is_news_voice(item.text)
            # Neighbours alone never remove what reads as body on its own: when unsure, keep.
            inside_core = core[0] < i < core[1] and not ruled
            unknown_script = not ruled and not _trained_script(item.text)
            if first_label == "body" or _is_table_row(item.text) or inside_core or unknown_script:
                junk = 0.0
            elif first_label != label and not ruled:
                # Outside the core too, the context pass may sharpen a label, not invent one.
                junk = min(junk, float(first[i, LABELS.index(label)]))
        if junk >= threshold and label not in keep:
            reasons = [f"rule:{h.reason}" for h in item.hits if h.label == label]
            reasons.append(f"model:{first_label}")
            if first_label != label:
                reasons.append("context:neighbours")
            if in_block:
                reasons.append("context:appeal_block")
            if not confident_body[i + 1 :].any():
                reasons.append("context:after_last_body")
            verdicts.append((label, round(junk, 4), first_label, tuple(reasons)))
        else:
            verdicts.append(("body", round(p_body, 4), first_label, (f"model:{first_label}",)))
    return verdicts
