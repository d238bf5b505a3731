"""Context features for the second pass: each unit seen through its neighbours' scores.

Appeals come in blocks, so a unit's label depends on what surrounds it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import UnitInput

# How far back an appeal header ("A Message from X:") keeps pulling units into its block.
HEADER_REACH = 10


def document_context(first: np.ndarray, inputs: Sequence[UnitInput]) -> np.ndarray:
    """The context pass's input for one document's units and their first-pass scores."""
    return context_matrix(first, [item.opens_block for item in inputs])


def context_matrix(probs: np.ndarray, opens: Sequence[bool]) -> np.ndarray:
    """Stack own, neighbour and document-level statistics of first-pass probabilities.

    `probs` is (units x labels) with body in column 0; `opens` flags block headers.
    """
    n, k = probs.shape
    if n == 0:
        return np.zeros((0, context_width(k)))
    junk = 1.0 - probs[:, 0]
    pad = np.zeros((2, k))
    padded = np.vstack([pad, probs, pad])
    exists = np.zeros(n + 4)
    exists[2 : n + 2] = 1.0

    # Suffix and prefix means of junk probability (excluding the unit itself).
    csum = np.concatenate([[0.0], np.cumsum(junk)])
    idx = np.arange(n)
    after_count = n - idx - 1
    after_mean = np.where(
        after_count > 0, (csum[n] - csum[idx + 1]) / np.maximum(after_count, 1), 0.0
    )
    before_mean = np.where(idx > 0, csum[idx] / np.maximum(idx, 1), 0.0)

    # Confident body units after this one: appended junk has none.
    body_conf = (probs[:, 0] > 0.8).astype(float)
    bsum = np.concatenate([[0.0], np.cumsum(body_conf)])
    body_after = bsum[n] - bsum[idx + 1]

    # Distance to the last block header before (or at) this unit.
    since_header = np.full(n, HEADER_REACH + 1, dtype=float)
    last = None
    for i in range(n):
        if opens[i]:
            last = i
        if last is not None:
            since_header[i] = min(i - last, HEADER_REACH + 1)
    in_header_reach = (since_header <= HEADER_REACH).astype(float)

    rel = idx / max(n - 1, 1)
    window_max = np.zeros((n, k))
    for offset in range(-3, 4):
        window_max = np.maximum(
            window_max,
            padded[2 + offset : 2 + offset + n] if abs(offset) <= 2 else _shift(probs, offset),
        )

    columns = [
        probs,
        padded[1 : n + 1],
        exists[1 : n + 1, None],  # previous
        padded[3 : n + 3],
        exists[3 : n + 3, None],  # next
        padded[0:n],
        padded[4 : n + 4],  # two away
        window_max,
        after_mean[:, None],
        before_mean[:, None],
        np.minimum(body_after, 5)[:, None] / 5.0,
        (body_after == 0).astype(float)[:, None],
        in_header_reach[:, None],
        (since_header / (HEADER_REACH + 1))[:, None],
        rel[:, None],
        (after_count < 3).astype(float)[:, None],
        np.full((n, 1), min(n, 50) / 50.0),
    ]
    return np.hstack(columns)


def _shift(probs: np.ndarray, offset: int) -> np.ndarray:
    n, k = probs.shape
    out = np.zeros((n, k))
    if offset > 0 and offset < n:
        out[: n - offset] = probs[offset:]
    elif offset < 0 and -offset < n:
        out[-offset:] = probs[: n + offset]
    return out


def context_width(k: int) -> int:
    return 6 * k + 2 + 9
