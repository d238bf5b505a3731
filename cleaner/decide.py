"""Turn first- and second-pass probabilities plus rule hits into one decision per unit.

Conservative by design: a unit is removed only when the junk probability clears the
threshold, because removing body text is the worst error.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from .features import UnitInput
from .records import LABELS
from .rules import opens_block

# A whole-line cue ("Share", "Advertisement") decides unless the model is sure of body.
STRONG_RULE = 0.95
STRONG_BODY = 0.9

Verdict = tuple[str, float, str, tuple[str, ...]]  # label, score, first-pass label, reasons


def decide(
    inputs: Sequence[UnitInput],
    first: np.ndarray,
    second: np.ndarray,
    threshold: float = 0.6,
    keep: Collection[str] = (),
) -> list[Verdict]:
    verdicts: list[Verdict] = []
    since_header = None
    for i, item in enumerate(inputs):
        if opens_block(item.text, list(item.hits)):
            since_header = 0
        elif since_header is not None:
            since_header += 1
        first_label = LABELS[int(first[i].argmax())]
        p_body = float(second[i, 0])
        junk = 1.0 - p_body
        junk_label = LABELS[1 + int(second[i, 1:].argmax())]
        reasons: list[str] = []

        strong = [h for h in item.hits if h.weight >= STRONG_RULE]
        if strong and p_body < STRONG_BODY:
            junk_label = strong[0].label
            junk = max(junk, strong[0].weight)
        if junk >= threshold and junk_label not in keep:
            label = junk_label
            reasons.extend(f"rule:{h.reason}" for h in item.hits if h.label == label)
            reasons.append(f"model:{first_label}")
            if first_label != label:
                reasons.append("context:neighbours")
            if since_header is not None and since_header <= 10:
                reasons.append("context:appeal_block")
            if not (second[i + 1 :, 0] > 0.8).any():
                reasons.append("context:after_last_body")
            verdicts.append((label, round(junk, 4), first_label, tuple(reasons)))
        else:
            verdicts.append(("body", round(p_body, 4), first_label, (f"model:{first_label}",)))
    return verdicts
