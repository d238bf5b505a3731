"""`cleaner train` and `cleaner evaluate`: the retraining loop."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import ModelOpt, OutputFormat, ThresholdOpt, TrustOpt, app, fail, make_config
from .progress import terminal_progress


@app.command()
def train(
    data: Annotated[
        list[Path] | None,
        typer.Argument(help="Extra JSONL files or folders (training_data/ is always used)."),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Where to write the model (.npz); a .json manifest goes beside it.",
        ),
    ] = Path("models/cleaner.npz"),
    folds: Annotated[
        int, typer.Option(min=2, help="Cross-validation folds (grouped by document).")
    ] = 5,
    seed: Annotated[int, typer.Option(help="Random seed (same data + seed = same model).")] = 0,
    only: Annotated[
        bool, typer.Option("--only", help="Train on the given files only, without training_data/.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Worker processes (0: all cores; the model is the same).", min=0
        ),
    ] = 0,
) -> None:
    """Train the classifier and report cross-validated scores."""
    from ..corpus import DEFAULT_DATA_DIR
    from ..report import print_train_report
    from ..train import READING, train_and_save
    from ..workers import resolve_jobs

    sources = list(data or [])
    if not only:
        sources = [DEFAULT_DATA_DIR, *sources]
    if not sources:
        raise fail("no training data given")
    advance, finish = terminal_progress(READING, "docs")

    def progress(phase: str, count: int, total: int) -> None:
        if advance is not None:
            advance(count, total, phase, "docs" if phase == READING else None)

    try:
        report = train_and_save(
            sources, output, folds=folds, seed=seed, jobs=resolve_jobs(jobs), progress=progress
        )
    finally:
        finish()
    print_train_report(report, output)


@app.command()
def evaluate(
    data: Annotated[
        list[Path], typer.Argument(help="Labelled JSONL files or folders (CONTRACT format).")
    ],
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
    threshold: ThresholdOpt = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text table or json.")
    ] = OutputFormat.text,
) -> None:
    """Score a model on held-out labelled paragraphs."""
    from ..core import Cleaner
    from ..corpus import load_documents
    from ..report import print_scores
    from ..train import evaluate_documents

    cleaner = Cleaner(make_config(threshold, None, model, trust_model))
    scores = evaluate_documents(
        cleaner.model, load_documents(data), threshold=cleaner.config.threshold
    )
    if output_format is OutputFormat.json:
        sys.stdout.write(json.dumps(scores.to_dict(), indent=2) + "\n")
    else:
        print_scores(scores)
