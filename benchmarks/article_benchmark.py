"""Score every extractor on the article-extraction benchmark (4-token shingles).

Usage: python benchmarks/article_benchmark.py DATA_DIR [--only NAME,...] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import load_article_benchmark  # noqa: E402
from benchmarks.metrics import ShingleScores, page_counts, shingle_scores  # noqa: E402
from benchmarks.runner import (  # noqa: E402
    add_common_arguments,
    cleaner_options_from,
    library_versions,
    markdown_table,
    quiet_libraries,
    run_extractor,
    select_extractors,
    write_json,
)

HEADER = ("extractor", "F1", "precision", "recall", "accuracy", "pages/s", "errors")


def _cell(value: float, std: float) -> str:
    return f"{value:.3f} ± {std:.3f}"


def table_row(name: str, s: ShingleScores, pages_per_second: float, errors: int) -> list[str]:
    """One Markdown row: scores with their bootstrap std, speed and error count."""
    return [
        name,
        _cell(s.f1, s.f1_std),
        _cell(s.precision, s.precision_std),
        _cell(s.recall, s.recall_std),
        _cell(s.accuracy, s.accuracy_std),
        f"{pages_per_second:.1f}",
        str(errors),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument(
        "--bootstrap",
        type=int,
        default=1000,
        metavar="N",
        help="bootstrap resamples for the ± std (default 1000; 0 = none)",
    )
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    args = parser.parse_args(argv)

    quiet_libraries()
    try:
        pages = load_article_benchmark(args.data_dir, args.limit)
        extractors = select_extractors(args.only, cleaner_options_from(args))
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    inputs = [(p.id, p.html) for p in pages]
    rows, results = [], {}
    for name, extract in extractors.items():
        run = run_extractor(name, extract, inputs)
        counts = [page_counts(p.truth, out) for p, out in zip(pages, run.outputs, strict=True)]
        scores = shingle_scores(counts, n_bootstrap=args.bootstrap, seed=args.seed)
        rows.append(table_row(name, scores, run.pages_per_second, run.errors))
        results[name] = {
            **asdict(scores),
            "pages_per_second": run.pages_per_second,
            "seconds": run.seconds,
            "errors": run.errors,
        }

    versions = ", ".join(f"{k} {v}" for k, v in library_versions().items())
    print(
        f"Article-extraction benchmark: {len(pages)} pages; ± = bootstrap std "
        f"({args.bootstrap} resamples); {versions}\n"
    )
    print(markdown_table(HEADER, rows))
    if args.json:
        write_json(args.json, "article-extraction-benchmark", len(pages), results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
