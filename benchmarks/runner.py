"""Shared plumbing of the benchmark scripts: options, timed runs, Markdown tables.

Extraction time is measured per call with perf_counter; loading and scoring are excluded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmarks.extractors import (
    CLEANER_NAMES,
    Extractor,
    build_registry,
    cleaner_options,
    cleaner_status,
)

PEER_PACKAGES = ("trafilatura", "readability-lxml", "jusText", "newspaper4k", "lxml")


@dataclass
class RunResult:
    """Outputs of one extractor over all pages ('' where it crashed)."""

    name: str
    outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    @property
    def pages_per_second(self) -> float:
        return len(self.outputs) / self.seconds if self.seconds else float("inf")


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """DATA_DIR, --only, --limit, --json and --model, shared by both benchmark scripts."""
    parser.add_argument("data_dir", type=Path, metavar="DATA_DIR", help="dataset folder")
    parser.add_argument(
        "--only", metavar="NAME,...", help="comma-separated extractor names (default: all)"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N pages only (by id)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write scores as JSON")
    add_cleaner_arguments(parser)


def add_cleaner_arguments(parser: argparse.ArgumentParser) -> None:
    """--model, --trust-model, --threshold and --no-prune, passed to cleaner.clean only
    when given."""
    parser.add_argument("--model", metavar="PATH", help="model file passed to cleaner")
    parser.add_argument(
        "--trust-model",
        action="store_true",
        help="let cleaner load a --model from outside its models/ folder (trust_model=True)",
    )
    parser.add_argument("--threshold", type=float, help="cleaner's removal threshold")
    parser.add_argument(
        "--no-prune",
        action="store_true",
        help="cleaner's HTML path without pruning appeal containers (an ablation)",
    )


def cleaner_options_from(args: argparse.Namespace) -> dict[str, Any]:
    """`clean()` keyword arguments from the options add_cleaner_arguments defined."""
    return cleaner_options(
        args.model, args.trust_model, args.threshold, prune_html=not args.no_prune
    )


def quiet_libraries() -> None:
    """Silence the extractors' own logs and warnings: stderr shows only our progress lines."""
    logging.disable(logging.ERROR)
    warnings.simplefilter("ignore")


def select_extractors(only: str | None, cleaner: Mapping[str, Any]) -> dict[str, Extractor]:
    """The requested extractors; cleaner entries are skipped with a message if unavailable."""
    registry = build_registry(cleaner)
    names = [n.strip() for n in only.split(",") if n.strip()] if only else list(registry)
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise ValueError(
            f"unknown extractor(s) {', '.join(unknown)}; choose from {', '.join(registry)}"
        )
    if any(n in CLEANER_NAMES for n in names) and (reason := cleaner_status(cleaner)):
        print(f"skipping {', '.join(CLEANER_NAMES)}: {reason}", file=sys.stderr)
        names = [n for n in names if n not in CLEANER_NAMES]
    return {n: registry[n] for n in names}


def run_extractor(
    name: str, extract: Callable[[str], str], pages: Sequence[tuple[str, str]]
) -> RunResult:
    """Run `extract` on every (id, html); a crash counts as empty output and one error.

    One untimed warm-up call on the first page keeps import and cache costs out of pages/s.
    """
    result = RunResult(name)
    if pages:
        with contextlib.suppress(Exception):  # its error is counted in the timed pass
            extract(pages[0][1])
    for page_id, html in pages:
        start = time.perf_counter()
        try:
            text = extract(html) or ""
        except Exception as exc:  # any crash of a third-party extractor is data, not fatal
            text = ""
            result.errors += 1
            if result.errors <= 3:
                print(
                    f"  {name} failed on {page_id}: {type(exc).__name__}: {exc}"[:300],
                    file=sys.stderr,
                )
        result.seconds += time.perf_counter() - start
        result.outputs.append(text)
    print(
        f"{name}: {len(pages)} pages in {result.seconds:.1f} s, {result.errors} errors",
        file=sys.stderr,
    )
    return result


def library_versions() -> dict[str, str]:
    """Installed versions of the peer libraries (and cleaner, if installed)."""
    versions = {}
    for package in (*PEER_PACKAGES, "cleaner"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            continue
    return versions


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table; the first column is left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = ["-" * widths[0] if i == 0 else "-" * (w - 1) + ":" for i, w in enumerate(widths)]
    return "\n".join([line(header), line(rule), *(line(r) for r in rows)])


def write_json(path: Path, dataset: str, pages: int, results: Mapping[str, Any]) -> None:
    """Write the scores (no page text) with the library versions."""
    payload = {
        "dataset": dataset,
        "pages": pages,
        "versions": library_versions(),
        "results": results,
    }
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
