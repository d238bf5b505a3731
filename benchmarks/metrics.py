"""Scores for the two benchmarks: token-shingle overlap and snippet containment.

Both follow the definitions in the data folders' README.md files; run this file to self-check.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
SHINGLE_SIZE = 4


# ---------------------------------------------------------------- article benchmark


def tokenize(text: str | None) -> list[str]:
    """Maximal runs of Unicode word characters, case preserved."""
    return _TOKEN_RE.findall(text or "")


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of overlapping `size`-token sequences; 1..size-1 tokens make one shingle."""
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageCounts:
    """Length-normalised shingle TP/FP/FN of one page plus its exact-match flag."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def page_counts(truth: str | None, prediction: str | None) -> PageCounts:
    """Compare one prediction with its truth (missing prediction = empty)."""
    true_tokens, pred_tokens = tokenize(truth), tokenize(prediction)
    true_sh, pred_sh = shingles(true_tokens), shingles(pred_tokens)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageCounts(float(tp), float(fp), float(fn), true_tokens == pred_tokens)


@dataclass(frozen=True)
class ShingleScores:
    """Corpus scores; the *_std fields are bootstrap standard deviations."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float = 0.0
    precision_std: float = 0.0
    recall_std: float = 0.0
    accuracy_std: float = 0.0
    pages: int = 0


def _corpus(counts: Sequence[PageCounts]) -> tuple[float, float, float, float]:
    """(f1, precision, recall, accuracy) of a list of pages, without spread."""
    precisions = [c.precision for c in counts if c.tp + c.fp > 0]
    recalls = [c.recall for c in counts if c.tp + c.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(c.exact for c in counts) / len(counts) if counts else 0.0
    return f1, precision, recall, accuracy


def shingle_scores(
    counts: Sequence[PageCounts], n_bootstrap: int = 1000, seed: int = 0
) -> ShingleScores:
    """Corpus F1/P/R/accuracy with the std over `n_bootstrap` page resamples."""
    f1, precision, recall, accuracy = _corpus(counts)
    spread = [0.0] * 4
    if n_bootstrap > 1 and counts:
        rng = random.Random(seed)
        samples = [_corpus(rng.choices(counts, k=len(counts))) for _ in range(n_bootstrap)]
        spread = [statistics.stdev(column) for column in zip(*samples, strict=True)]
    return ShingleScores(f1, precision, recall, accuracy, *spread, pages=len(counts))


# --------------------------------------------------------------- trafilatura eval


def normalize_space(text: str | None) -> str:
    """Collapse whitespace runs to one space and strip the ends."""
    return _SPACE_RE.sub(" ", text or "").strip()


# A labelled unit this long counts as held when it is inside an extractor's output, not
# only one of its lines: extractors join inline blocks.
UNIT_SUBSTRING_CHARS = 40


def output_holds(unit: str, lines: set[str], flat: str) -> bool:
    """Whether an extractor's output holds a (space-normalised) labelled unit, given the
    output's normalised lines and the output flattened to one line."""
    return unit in lines or (len(unit) >= UNIT_SUBSTRING_CHARS and unit in flat)


@dataclass(frozen=True)
class SnippetCounts:
    """Snippet TP/FN/FP/TN of one page (or summed over pages)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )


def snippet_counts(
    output: str | None, with_: Sequence[str], without: Sequence[str]
) -> SnippetCounts:
    """Count `with` snippets found and `without` snippets present in one output."""
    text = normalize_space(output)
    if not text:  # empty or crashed output: nothing found, nothing wrongly present
        return SnippetCounts(0, len(with_), 0, len(without))
    tp = sum(normalize_space(s) in text for s in with_)
    fp = sum(normalize_space(s) in text for s in without)
    return SnippetCounts(tp, len(with_) - tp, fp, len(without) - fp)


@dataclass(frozen=True)
class SnippetScores:
    """Micro-averaged scores; `without_absent` is TN/(TN+FP)."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    without_absent: float
    counts: SnippetCounts


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def snippet_scores(pages: Sequence[SnippetCounts]) -> SnippetScores:
    """Sum the counts over pages, then compute the scores."""
    c = sum(pages, SnippetCounts())
    return SnippetScores(
        f1=_ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
        precision=_ratio(c.tp, c.tp + c.fp),
        recall=_ratio(c.tp, c.tp + c.fn),
        accuracy=_ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
        without_absent=_ratio(c.tn, c.tn + c.fp),
        counts=c,
    )


# --------------------------------------------------------------------- self-check


def self_check() -> None:
    """Assert hand-computed values of both metrics (raises AssertionError on a mismatch)."""
    assert tokenize("Don't stop—now, 2024_x!") == ["Don", "t", "stop", "now", "2024_x"]
    assert shingles(["a", "b"]) == Counter({("a", "b"): 1})
    assert sum(shingles(list("aaaaa")).values()) == 2  # multiset: a repeated 4-gram counts twice
    # truth 6 tokens -> 3 shingles; prediction shares the first two and adds one: TP 2, FP 1, FN 1
    c = page_counts("a b c d e f", "a b c d e x")
    assert (c.tp, c.fp, c.fn) == (0.5, 0.25, 0.25) and c.precision == c.recall == 2 / 3
    assert page_counts("", "").precision == 1.0 and page_counts("a", "").recall == 0.0
    perfect, empty = page_counts("a b c d", "a b c d"), page_counts("a b c d", "")
    # the empty prediction counts for recall (0) but not for precision
    s = shingle_scores([perfect, empty], n_bootstrap=0)
    assert (s.precision, s.recall, s.accuracy) == (1.0, 0.5, 0.5) and abs(s.f1 - 2 / 3) < 1e-12
    snip = snippet_counts(" A  b\nc ", ["A b c", "z"], ["b c", "q"])
    assert snip == SnippetCounts(tp=1, fn=1, fp=1, tn=1)
    assert snippet_counts("", ["x"], ["y"]) == SnippetCounts(0, 1, 0, 1)
    total = snippet_scores([snip, SnippetCounts(tp=3, tn=2)])
    assert (total.precision, total.recall, total.accuracy) == (0.8, 0.8, 7 / 9)


if __name__ == "__main__":
    self_check()
    print("metrics self-check passed")
