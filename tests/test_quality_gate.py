"""Quality gate: cleaner's scores on the public article benchmark must not regress.

Runs only when the benchmark data sits beside the checkout (../shared/bench) or
CLEANER_BENCH_DIR points at it; floors are pinned a little under the measured scores
(see BENCHMARKS.md), so a change that silently loses quality fails here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("CLEANER_BENCH_DIR", ROOT.parent / "shared" / "bench"))
ARTICLE = BENCH / "article-extraction-benchmark"

# Measured on the shipped model (BENCHMARKS.md); floors sit ~0.005 below.
FLOORS = {
    "cleaner": {"f1": 0.963, "precision": 0.958, "recall": 0.970},
    "cleaner-text": {"f1": 0.961, "precision": 0.950, "recall": 0.970},
}

pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(not ARTICLE.is_dir(), reason=f"benchmark data not found at {ARTICLE}"),
]


@pytest.fixture(scope="module")
def pages():
    sys.path.insert(0, str(ROOT))
    from benchmarks.datasets import load_article_benchmark

    return load_article_benchmark(ARTICLE)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_article_benchmark_floors(pages, name):
    from benchmarks.extractors import build_registry
    from benchmarks.metrics import page_counts, shingle_scores

    extract = build_registry({})[name]
    counts = [page_counts(page.truth, extract(page.html)) for page in pages]
    scores = shingle_scores(counts, n_bootstrap=0)
    for metric, floor in FLOORS[name].items():
        value = getattr(scores, metric)
        assert value >= floor, f"{name} {metric} {value:.4f} fell below its floor {floor}"
