"""`cleaner batch`: clean JSON lines into result lines, in order."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from .app import ModelOpt, ThresholdOpt, TrustOpt, app, fail, make_config


@app.command()
def batch(
    input_path: Annotated[
        str,
        typer.Argument(
            metavar="IN.jsonl",
            help="JSON lines with 'id' and 'text' or 'html'; '-' is stdin; .gz is gunzipped.",
        ),
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Output JSONL ('-' is stdout; .gz compresses).")
    ] = "-",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).")] = 0,
    threshold: ThresholdOpt = None,
    keep: Annotated[
        list[str] | None, typer.Option("--keep", help="Never remove this label (repeatable).")
    ] = None,
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
) -> None:
    """Clean a JSONL file: one result line per input line, same order, errors as records."""
    from ..batch import batch_file

    if input_path != "-" and not Path(input_path).is_file():
        raise fail(
            f"{input_path}: no such file"
            if not Path(input_path).exists()
            else f"{input_path}: is not a file"
        )
    n_jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    summary = batch_file(
        input_path, output, make_config(threshold, keep, model, trust_model), jobs=n_jobs
    )
    labels = ", ".join(f"{k} {v}" for k, v in sorted(summary.removed.items())) or "none"
    typer.echo(
        f"cleaned {summary.docs} docs; removed units: {labels}; errors: {summary.errors}", err=True
    )
    if summary.errors:
        raise typer.Exit(1)
