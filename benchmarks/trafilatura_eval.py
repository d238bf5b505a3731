"""Score every extractor on trafilatura's evaluation set (must/must-not snippets).

Usage: python benchmarks/trafilatura_eval.py DATA_DIR [--only NAME,...] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import load_trafilatura_eval  # noqa: E402
from benchmarks.metrics import SnippetScores, snippet_counts, snippet_scores  # noqa: E402
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

HEADER = (
    "extractor",
    "F1",
    "precision",
    "recall",
    "accuracy",
    "without absent",
    "pages/s",
    "errors",
)


def table_row(name: str, s: SnippetScores, pages_per_second: float, errors: int) -> list[str]:
    """One Markdown row of micro-averaged scores, speed and error count."""
    scores = (s.f1, s.precision, s.recall, s.accuracy, s.without_absent)
    return [name, *(f"{v:.3f}" for v in scores), f"{pages_per_second:.1f}", str(errors)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    args = parser.parse_args(argv)

    quiet_libraries()
    try:
        pages = load_trafilatura_eval(args.data_dir, args.limit)
        extractors = select_extractors(args.only, cleaner_options_from(args))
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    inputs = [(p.id, p.html) for p in pages]
    rows, results = [], {}
    for name, extract in extractors.items():
        run = run_extractor(name, extract, inputs)
        counts = [
            snippet_counts(out, p.with_, p.without)
            for p, out in zip(pages, run.outputs, strict=True)
        ]
        scores = snippet_scores(counts)
        rows.append(table_row(name, scores, run.pages_per_second, run.errors))
        results[name] = {
            **asdict(scores),
            "pages_per_second": run.pages_per_second,
            "seconds": run.seconds,
            "errors": run.errors,
        }

    versions = ", ".join(f"{k} {v}" for k, v in library_versions().items())
    n_with = sum(len(p.with_) for p in pages)
    n_without = sum(len(p.without) for p in pages)
    print(
        f"trafilatura evaluation: {len(pages)} pages, {n_with} 'with' and {n_without} "
        f"'without' snippets, micro-averaged; {versions}\n"
    )
    print(markdown_table(HEADER, rows))
    if args.json:
        write_json(args.json, "trafilatura-eval", len(pages), results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
